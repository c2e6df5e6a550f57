//! Photo thumbnails for the inspector, decoded off the UI thread by two workers and kept
//! once made, so that a moment with many 12-MP photos never stalls a frame.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use egui::{ColorImage, Context, TextureHandle, TextureOptions};

use crate::lang::Lang;

/// The longest side of a thumbnail, in pixels.
pub(crate) const THUMB_SIDE: u32 = 160;

/// How many photos are decoded at once: each 12-MP photo takes about 48 MB while it is
/// decoded, so a moment with 40 of them stays within memory.
const WORKERS: usize = 2;

/// One thumbnail.
pub(crate) enum Thumb {
    /// Being decoded.
    Loading,
    /// Ready to draw.
    Ready(TextureHandle),
    /// The photo cannot be shown; the words of its placeholder.
    Failed(String),
}

type Done = (PathBuf, Result<ColorImage, String>);

/// The thumbnails made so far, and the workers that make the others.
pub(crate) struct Thumbnails {
    made: HashMap<PathBuf, Thumb>,
    jobs: Option<Sender<(PathBuf, Lang, Context)>>,
    done_tx: Sender<Done>,
    done_rx: Receiver<Done>,
}

impl Default for Thumbnails {
    fn default() -> Self {
        let (done_tx, done_rx) = channel();
        Thumbnails {
            made: HashMap::new(),
            jobs: None,
            done_tx,
            done_rx,
        }
    }
}

impl std::fmt::Debug for Thumbnails {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Thumbnails")
            .field("made", &self.made.len())
            .finish()
    }
}

impl Thumbnails {
    /// The thumbnail of the photo at `path`; asks a worker for it the first time.
    pub(crate) fn get(&mut self, ctx: &Context, path: &Path, lang: Lang) -> &Thumb {
        self.receive(ctx);
        if !self.made.contains_key(path) {
            self.made.insert(path.to_owned(), Thumb::Loading);
            let sent = self
                .jobs()
                .send((path.to_owned(), lang, ctx.clone()))
                .is_ok();
            if !sent {
                self.made
                    .insert(path.to_owned(), Thumb::Failed("no worker".to_owned()));
            }
        }
        &self.made[path]
    }

    /// Turns the finished thumbnails into textures.
    fn receive(&mut self, ctx: &Context) {
        while let Ok((path, result)) = self.done_rx.try_recv() {
            let thumb = match result {
                Ok(image) => Thumb::Ready(ctx.load_texture(
                    format!("photo:{}", path.display()),
                    image,
                    TextureOptions::LINEAR,
                )),
                Err(reason) => Thumb::Failed(reason),
            };
            self.made.insert(path, thumb);
        }
    }

    /// The job queue, starting the workers the first time.
    fn jobs(&mut self) -> &Sender<(PathBuf, Lang, Context)> {
        self.jobs.get_or_insert_with(|| {
            let (tx, rx) = channel::<(PathBuf, Lang, Context)>();
            let rx = Arc::new(Mutex::new(rx));
            for _ in 0..WORKERS {
                let rx = Arc::clone(&rx);
                let done = self.done_tx.clone();
                std::thread::spawn(move || {
                    loop {
                        let job = match rx.lock() {
                            Ok(rx) => rx.recv(),
                            Err(_) => return,
                        };
                        let Ok((path, lang, ctx)) = job else {
                            return;
                        };
                        let result = crate::photo::decode(&path, THUMB_SIDE)
                            .map(|rgba| {
                                let size = [rgba.width() as usize, rgba.height() as usize];
                                ColorImage::from_rgba_unmultiplied(size, rgba.as_raw())
                            })
                            .map_err(|e| e.reason(lang));
                        if done.send((path, result)).is_err() {
                            return;
                        }
                        ctx.request_repaint();
                    }
                });
            }
            tx
        })
    }
}
