//! The window's one photo cache: every photo the window shows (the inspector's
//! thumbnails, the cards of the presentation and the canvas) is decoded off the UI thread
//! by two workers, at the size it is shown at ([`Tier`]), and kept as a texture once made,
//! so that a cycle with many 12-MP photos never stalls a frame.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use egui::{ColorImage, Context, TextureHandle, TextureOptions};

use ciclo_doc::lang::Lang;
use ciclo_photo::photo::PhotoError;

/// The longest side of a thumbnail, in pixels.
pub(crate) const THUMB_SIDE: u32 = 160;

/// How many photos are decoded at once: each 12-MP photo takes about 48 MB while it is
/// decoded, so a moment with 40 of them stays within memory.
const WORKERS: usize = 2;

/// How many photos larger than thumbnails stay in memory (at most 7.7 MB each, at
/// 1600×1200); the least recently shown go first. Thumbnails (100 KB each) are all kept.
const LARGE_KEPT: usize = 24;

/// How many pixels of finished photos become textures in one frame (at least one photo
/// a frame): each is uploaded to the graphics card, so a burst of finished decodes is
/// spread over a few frames. About one full-screen photo, or a hundred thumbnails.
const UPLOAD_PIXELS_PER_FRAME: usize = 2_000_000;

/// The sizes a photo is decoded at: each about twice the one before, so that a photo is
/// never decoded, nor uploaded to the graphics card, at much more than twice the pixels
/// its frame shows. A card on a 1280×800 screen shows photos about 400 pixels wide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Tier {
    /// At most [`THUMB_SIDE`] pixels: the inspector, small frames.
    Thumb,
    /// At most 400 pixels: a card on a laptop's screen.
    Small,
    /// At most 800 pixels: a card on a projector or a large screen.
    Medium,
    /// At most [`ciclo_render::photo_set::MAX_PHOTO_SIDE`] pixels, as the decks embed it.
    Screen,
}

impl Tier {
    /// Every tier, smallest first.
    const ALL: [Tier; 4] = [Tier::Thumb, Tier::Small, Tier::Medium, Tier::Screen];

    /// The longest side of a photo of this tier, in pixels.
    pub(crate) fn side(self) -> u32 {
        match self {
            Tier::Thumb => THUMB_SIDE,
            Tier::Small => 400,
            Tier::Medium => 800,
            Tier::Screen => ciclo_render::photo_set::MAX_PHOTO_SIDE,
        }
    }

    /// The tiers larger than this one, smallest first.
    fn larger(self) -> impl DoubleEndedIterator<Item = Tier> {
        Tier::ALL.into_iter().filter(move |t| *t > self)
    }

    /// The tiers smaller than this one, largest first.
    fn smaller(self) -> impl Iterator<Item = Tier> {
        Tier::ALL.into_iter().rev().filter(move |t| *t < self)
    }

    /// The smallest tier sharp enough for a frame whose longest side covers `pixels` on
    /// screen.
    pub(crate) fn for_pixels(pixels: f32) -> Tier {
        Tier::ALL
            .into_iter()
            .find(|t| pixels <= t.side() as f32)
            .unwrap_or(Tier::Screen)
    }
}

/// One photo at one tier.
pub(crate) enum Entry {
    /// Being decoded.
    Loading,
    /// Ready to draw.
    Ready(TextureHandle),
    /// The photo cannot be shown.
    Failed(Arc<PhotoError>),
}

impl Entry {
    /// The words of the placeholder of a photo that cannot be shown, in `lang`.
    pub(crate) fn reason(&self, lang: Lang) -> Option<String> {
        match self {
            Entry::Failed(e) => Some(e.reason(lang)),
            _ => None,
        }
    }
}

type Key = (PathBuf, Tier);
type Job = (Key, Context);
type Done = (Key, Result<ColorImage, PhotoError>);

/// The photos decoded so far, and the workers that decode the others.
pub(crate) struct PhotoCache {
    made: HashMap<Key, (Entry, u64)>,
    jobs: Option<Sender<Job>>,
    done_tx: Sender<Done>,
    done_rx: Receiver<Done>,
    /// Finished photos not yet turned into textures.
    finished: std::collections::VecDeque<Done>,
    /// The frame (egui pass) of the last upload, and the pixels uploaded in it.
    uploaded: (u64, usize),
    revision: u64,
}

impl Default for PhotoCache {
    fn default() -> Self {
        let (done_tx, done_rx) = channel();
        PhotoCache {
            made: HashMap::new(),
            jobs: None,
            done_tx,
            done_rx,
            finished: Default::default(),
            uploaded: (0, 0),
            revision: 0,
        }
    }
}

impl std::fmt::Debug for PhotoCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PhotoCache")
            .field("made", &self.made.len())
            .field("revision", &self.revision)
            .finish()
    }
}

impl PhotoCache {
    /// The photo at `path` at `tier`; asks a worker for it the first time.
    pub(crate) fn get(&mut self, ctx: &Context, path: &Path, tier: Tier) -> &Entry {
        self.poll(ctx);
        let key = (path.to_owned(), tier);
        let now = ctx.cumulative_pass_nr();
        if !self.made.contains_key(&key) {
            self.request(ctx, key.clone());
        }
        let (entry, used) = self.made.entry(key).or_insert((Entry::Loading, now));
        *used = now;
        entry
    }

    /// Forgets the photo at `path` at every size (a copy arrived where it was missing), so
    /// that the next look-up reads it again.
    pub(crate) fn forget(&mut self, path: &Path) {
        let before = self.made.len();
        self.made.retain(|(p, _), _| p != path);
        if self.made.len() != before {
            self.revision += 1;
        }
    }

    /// The photo at `path` at `tier` if it was asked for before; asks for nothing.
    pub(crate) fn peek(&self, path: &Path, tier: Tier) -> Option<&Entry> {
        self.made.get(&(path.to_owned(), tier)).map(|(e, _)| e)
    }

    /// What stands in for the photo at `path` while it decodes at `tier`: the same photo
    /// at the sharpest other tier that is ready (a smaller one first, so that a slide
    /// never waits for a large texture it does not need).
    pub(crate) fn stand_in(&self, path: &Path, tier: Tier) -> Option<&TextureHandle> {
        let ready = |t: Tier| match self.peek(path, t) {
            Some(Entry::Ready(texture)) => Some(texture),
            _ => None,
        };
        tier.smaller().chain(tier.larger()).find_map(ready)
    }

    /// Asks for the photo at `path` at `tier` ahead of showing it (the next slide's).
    pub(crate) fn prefetch(&mut self, ctx: &Context, path: &Path, tier: Tier) {
        let key = (path.to_owned(), tier);
        if !self.made.contains_key(&key) {
            self.request(ctx, key);
        }
    }

    /// Turns finished photos into textures (a few a frame) and returns the revision: it
    /// changes whenever a photo became ready or failed, so that a painter knows to
    /// convert its shapes again.
    pub(crate) fn poll(&mut self, ctx: &Context) -> u64 {
        self.finished.extend(self.done_rx.try_iter());
        let now = ctx.cumulative_pass_nr();
        if self.uploaded.0 != now {
            self.uploaded = (now, 0);
        }
        while self.uploaded.1 < UPLOAD_PIXELS_PER_FRAME
            && let Some(((path, tier), result)) = self.finished.pop_front()
        {
            let pixels = result.as_ref().map_or(0, |image| image.pixels.len());
            self.uploaded.1 += pixels.max(1);
            let entry = match result {
                Ok(image) => Entry::Ready(ctx.load_texture(
                    format!("photo:{tier:?}:{}", path.display()),
                    image,
                    TextureOptions::LINEAR,
                )),
                Err(e) => Entry::Failed(Arc::new(e)),
            };
            self.made.insert((path, tier), (entry, now));
            self.revision += 1;
        }
        if !self.finished.is_empty() {
            ctx.request_repaint();
        }
        self.forget_old(now);
        self.revision
    }

    /// How many photos are still being decoded or waiting to become textures.
    pub(crate) fn pending(&self) -> usize {
        let loading = self.made.values();
        loading.filter(|(e, _)| matches!(e, Entry::Loading)).count()
    }

    /// Drops the least recently shown photos larger than thumbnails beyond
    /// [`LARGE_KEPT`], never one shown in this frame.
    fn forget_old(&mut self, now: u64) {
        let mut large: Vec<(u64, Key)> = self
            .made
            .iter()
            .filter(|((_, tier), (e, used))| {
                *tier != Tier::Thumb && matches!(e, Entry::Ready(_)) && *used < now
            })
            .map(|(k, (_, used))| (*used, k.clone()))
            .collect();
        if large.len() <= LARGE_KEPT {
            return;
        }
        large.sort_unstable_by_key(|(used, _)| *used);
        let extra = large.len() - LARGE_KEPT;
        for (_, key) in large.into_iter().take(extra) {
            self.made.remove(&key);
        }
        self.revision += 1;
    }

    fn request(&mut self, ctx: &Context, key: Key) {
        let now = ctx.cumulative_pass_nr();
        let sent = self
            .jobs()
            .is_some_and(|jobs| jobs.send((key.clone(), ctx.clone())).is_ok());
        let entry = if sent {
            Entry::Loading
        } else {
            let error = std::io::Error::other("no decoding thread could be started");
            Entry::Failed(Arc::new(PhotoError::Unreadable {
                path: key.0.clone(),
                error,
            }))
        };
        self.made.insert(key, (entry, now));
    }

    /// The job queue, starting the workers the first time; `None` if none could start.
    fn jobs(&mut self) -> Option<&Sender<Job>> {
        if self.jobs.is_none() {
            let (tx, rx) = channel::<Job>();
            let rx = Arc::new(Mutex::new(rx));
            let mut started = 0;
            for k in 0..WORKERS {
                let rx = Arc::clone(&rx);
                let done = self.done_tx.clone();
                let worker = std::thread::Builder::new()
                    .name(format!("ciclo-photos-{k}"))
                    .spawn(move || work(&rx, &done));
                started += usize::from(worker.is_ok());
            }
            if started > 0 {
                self.jobs = Some(tx);
            }
        }
        self.jobs.as_ref()
    }
}

/// A worker: decodes photos until the cache is dropped.
fn work(rx: &Mutex<Receiver<Job>>, done: &Sender<Done>) {
    let store = ciclo_photo::photo_store::Store::from_env();
    loop {
        let job = match rx.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(((path, tier), ctx)) = job else {
            return;
        };
        let larger: Vec<u32> = tier.larger().map(Tier::side).collect();
        let result =
            ciclo_render::photo_set::decode_kept(&path, tier.side(), &larger, store.as_ref());
        let result = result.map(|rgba| {
            let size = [rgba.width() as usize, rgba.height() as usize];
            ColorImage::from_rgba_unmultiplied(size, rgba.as_raw())
        });
        if done.send(((path, tier), result)).is_err() {
            return;
        }
        ctx.request_repaint();
    }
}
