//! The texts of the window: each [`T`] names a message of the catalogue
//! (`assets/i18n/*.ftl`, see [`ciclo_doc::lang`]); the words themselves live only there.
//!
//! The names of the closed vocabularies and their explanations (tooltips) come from
//! [`ciclo_doc::lang::Term`].

use ciclo_doc::lang::{Arg, Lang, Term};

/// The explanation of a term, for its tooltip.
pub fn term_tip<X: Term>(lang: Lang, x: X) -> &'static str {
    x.explain(lang)
}

/// The languages the window itself speaks (documents may be in more).
pub const UI_LANGS: &[Lang] = Lang::ALL;

macro_rules! texts {
    ($($key:ident => $id:literal;)+) => {
        /// A text of the user interface: a message id of the catalogue
        /// (`assets/i18n/*.ftl`). [`T::get`] gives it in a language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum T {
            $(#[doc = $id] $key,)+
        }

        impl T {
            /// Every text, in table order.
            pub const ALL: &'static [T] = &[$(T::$key,)+];

            /// The text's message id.
            pub fn id(self) -> &'static str {
                match self {
                    $(T::$key => $id,)+
                }
            }

            /// The text in `lang`.
            pub fn get(self, lang: Lang) -> &'static str {
                lang.msg(self.id())
            }
        }
    };
}

texts! {
    // Menus and commands.
    MenuFile => "menu-file";
    MenuEdit => "menu-edit";
    MenuView => "menu-view";
    MenuLanguage => "menu-language";
    MenuHelp => "menu-help";
    Shortcuts => "shortcuts";
    About => "about";
    AboutBody => "about-body";
    MouseHelp => "mouse-help";
    Close => "close";
    CmdNew => "cmd-new";
    CmdOpen => "cmd-open";
    CmdSave => "cmd-save";
    CmdSaveAs => "cmd-save-as";
    CmdExport => "cmd-export";
    CmdQuit => "cmd-quit";
    CmdUndo => "cmd-undo";
    CmdRedo => "cmd-redo";
    CmdAdd => "cmd-add";
    CmdInsertAfter => "cmd-insert-after";
    CmdDelete => "cmd-delete";
    CmdDistribute => "cmd-distribute";
    CmdNext => "cmd-next";
    CmdPrevious => "cmd-previous";
    CmdEarlier => "cmd-earlier";
    CmdLater => "cmd-later";
    CmdZoomIn => "cmd-zoom-in";
    CmdZoomOut => "cmd-zoom-out";
    CmdZoomFit => "cmd-zoom-fit";
    CmdSelectNone => "cmd-select-none";
    CmdCanvasOnly => "cmd-canvas-only";
    TipCanvasOnly => "tip-canvas-only";
    CmdOpenRecent => "cmd-open-recent";
    CmdRename => "cmd-rename";
    TipRename => "tip-rename";
    CmdPalette => "cmd-palette";
    TipPalette => "tip-palette";
    PaletteHint => "palette-hint";
    PaletteNothing => "palette-nothing";
    CmdDismiss => "cmd-dismiss";
    TipDismiss => "tip-dismiss";
    HighContrast => "high-contrast";
    A11yCritical => "a11y-critical";
    ShowList => "show-list";
    ShowInspector => "show-inspector";
    DroppedLabels => "dropped-labels";
    TipDroppedLabels => "tip-dropped-labels";
    NewFromTemplate => "new-from-template";
    RecentFiles => "recent-files";
    NoRecent => "no-recent";
    Theme => "theme";
    Light => "light";
    Dark => "dark";
    TipAdd => "tip-add";
    TipInsertAfter => "tip-insert-after";
    TipDelete => "tip-delete";
    TipDistribute => "tip-distribute";
    TipZoomFit => "tip-zoom-fit";
    TipExport => "tip-export";
    // Undo step names.
    StepCycle => "step-cycle";
    StepRename => "step-rename";
    StepMoment => "step-moment";
    StepCritical => "step-critical";
    StepSatisfaction => "step-satisfaction";
    StepAdd => "step-add";
    StepDelete => "step-delete";
    StepReorder => "step-reorder";
    StepMove => "step-move";
    StepDistribute => "step-distribute";
    StepPhotos => "step-photos";
    Photos => "photos-heading";
    AddPhoto => "photo-add";
    TipAddPhoto => "photo-add-tip";
    PhotoCaption => "photo-caption";
    PhotoEarlier => "photo-earlier";
    PhotoLater => "photo-later";
    PhotoRemove => "photo-remove-tip";
    PhotoRemoveShort => "photo-remove";
    PhotoLoading => "photo-loading";
    PhotoFilter => "photo-filter";
    CmdExportPdf => "cmd-export-pdf";
    TipExportPdf => "cmd-export-pdf-tip";
    CmdExportPptx => "cmd-export-pptx";
    TipExportPptx => "cmd-export-pptx-tip";
    DeckWritten => "deck-written";
    ExportStopped => "export-stopped";
    // Panels.
    Moments => "moments-of-truth";
    Add => "add";
    Delete => "delete";
    Up => "up";
    MarkCritical => "mark-critical";
    UnmarkCritical => "unmark-critical";
    InsertShort => "insert-short";
    Down => "down";
    NoMoments => "no-moments";
    Canvas => "canvas";
    EmptyHint => "empty-hint";
    DragHint => "drag-hint";
    MomentOfTruth => "drawing-moment";
    Name => "name";
    Description => "description";
    Channel => "channel";
    Expectations => "expectations-2";
    OwnExpectations => "own-expectations";
    Principles => "principles-2";
    Evaluation => "evaluation";
    CriticalMoment => "critical-moment-2";
    Causes => "causes";
    Satisfaction => "satisfaction-2";
    Clear => "clear";
    Improvement => "improvement-2";
    Standard => "standard-2";
    ImprovementAction => "improvement-action";
    Owner => "owner";
    Target => "inspector-target";
    TipTarget => "tip-target";
    TipClearTarget => "tip-clear-target";
    Due => "inspector-due";
    TipDue => "tip-due";
    Authors => "inspector-authors";
    TipAuthors => "tip-authors";
    CycleDate => "inspector-date";
    TipCycleDate => "tip-cycle-date";
    DateHint => "inspector-date-hint";
    NotADate => "inspector-not-a-date";
    Notes => "notes";
    ServiceCycle => "service-cycle";
    NothingSelected => "nothing-selected";
    Title => "title";
    Organization => "organization";
    Customer => "customer";
    Promise => "promise";
    Services => "services";
    PrimaryServices => "primary-services";
    SecondaryServices => "secondary-services";
    EvaluationMechanisms => "evaluation-mechanisms";
    DocumentLanguage => "document-language";
    AddItem => "add-item";
    RemoveItem => "remove-item";
    NewItem => "new-item";
    SatVeryLow => "sat-very-low";
    SatLow => "sat-low";
    SatMid => "sat-mid";
    SatHigh => "sat-high";
    SatVeryHigh => "sat-very-high";
    // Status bar.
    MomentsCount => "moments-count";
    CriticalCount => "critical-count";
    Zoom => "zoom";
    Untitled => "untitled";
    Unsaved => "unsaved";
    Saved => "saved";
    Exported => "exported";
    // Dialogs.
    UnsavedTitle => "unsaved-title";
    UnsavedBody => "unsaved-body";
    Save => "cmd-save";
    DontSave => "dont-save";
    Cancel => "cancel";
    Ok => "ok";
    OpenFailed => "open-failed";
    SaveFailed => "save-failed";
    SaveFailedHint => "save-failed-hint";
    ExportFailed => "export-failed";
    RecoverTitle => "recover-title";
    RecoverBody => "recover-body";
    Restore => "restore";
    Discard => "discard";
    ExportTitle => "export-title";
    Format => "format";
    Size => "size";
    Square => "square";
    Custom => "custom";
    Pixels => "pixels";
    Width => "width";
    Height => "height";
    Background => "background";
    White => "white";
    Transparent => "transparent";
    ExportButton => "cmd-export";
    ExportHint => "export-hint";
    SatisfactionCurve => "drawing-curve";
    TipSatisfactionCurve => "tip-satisfaction-curve";
    TipPng => "tip-png";
    TipSvg => "tip-svg";
    TextAsPaths => "text-as-paths";
    TipTextAsPaths => "tip-text-as-paths";
    // Explanations of the domain.
    TipMoment => "tip-moment";
    TipCycle => "tip-cycle";
    TipName => "tip-name";
    TipDescription => "tip-description";
    TipChannel => "tip-channel";
    TipExpectations => "tip-expectations";
    TipOwnExpectations => "tip-own-expectations";
    TipCritical => "tip-critical";
    TipCauses => "tip-causes";
    TipSatisfaction => "tip-satisfaction";
    TipClearSatisfaction => "tip-clear-satisfaction";
    TipStandard => "tip-standard";
    TipImprovement => "tip-improvement";
    TipOwner => "tip-owner";
    TipNotes => "tip-notes";
    TipTitle => "tip-title";
    TipOrganization => "tip-organization";
    TipCycleDescription => "tip-cycle-description";
    TipCustomer => "tip-customer";
    TipPromise => "tip-promise";
    TipPrimary => "tip-primary";
    TipSecondary => "tip-secondary";
    TipEvaluation => "tip-evaluation";
    TipPrinciples => "tip-principles";
    TipEvaluationSection => "tip-evaluation-section";
    TipImprovementSection => "tip-improvement-section";
    TipServices => "tip-services";
    TipDocumentLanguage => "tip-document-language";
    // Workshop: presentation, analysis, template gallery, report and slides.
    CmdPresent => "cmd-present";
    TipPresent => "tip-present";
    CmdAnalysis => "cmd-analysis";
    TipAnalysis => "tip-analysis";
    CmdNewFromTemplate => "cmd-new-from-template";
    TipNewFromTemplate => "tip-new-from-template";
    CmdExportReport => "cmd-export-report";
    TipExportReport => "tip-export-report";
    CmdExportSlides => "cmd-export-slides";
    TipExportSlides => "tip-export-slides";
    PresentHint => "present-hint";
    PresentExit => "present-exit";
    PresentCycle => "present-cycle";
    AnalysisTitle => "analysis-title";
    AnEmpty => "an-empty";
    AnMoments => "moments-of-truth";
    AnCritical => "critical-moments";
    AnAverage => "average-satisfaction";
    AnNoScore => "an-no-score";
    AnMissingPlans => "an-missing-plans";
    AnAllPlanned => "analysis-all-planned";
    AnNoImprovement => "missing-Improvement";
    AnNoOwner => "missing-Owner";
    AnNeither => "missing-Both";
    AnClickToSelect => "an-click-to-select";
    AnCauses => "an-causes";
    AnNoCauses => "an-no-causes";
    AnPrinciples => "an-principles";
    AnExpectations => "an-expectations";
    AnTotal => "total";
    GalleryTitle => "new-from-template";
    GalleryHint => "gallery-hint";
    ReportWritten => "report-written";
    ReportFailed => "report-failed";
    SlidesWritten => "slides-written";
    SlidesFailed => "slides-failed";
    // Live workshops.
    MenuWorkshop => "menu-workshop";
    CmdHostWorkshop => "cmd-host-workshop";
    TipHostWorkshop => "tip-host-workshop";
    CmdJoinWorkshop => "cmd-join-workshop";
    TipJoinWorkshop => "tip-join-workshop";
    CmdLeaveWorkshop => "cmd-leave-workshop";
    TipLeaveWorkshop => "tip-leave-workshop";
    WsLive => "ws-live";
    WsPeople => "ws-people";
    WsConnected => "ws-connected";
    WsConnecting => "ws-connecting";
    WsReconnecting => "ws-reconnecting";
    WsRefused => "ws-refused";
    WsHostFailed => "ws-host-failed";
    WsJoinFailed => "ws-join-failed";
    WsNameTitle => "ws-name-title";
    WsNameHint => "ws-name-hint";
    WsJoinTitle => "ws-join-title";
    WsJoinHint => "ws-join-hint";
    WsJoin => "ws-join";
    WsPanelTitle => "ws-panel-title";
    WsPanelHint => "ws-panel-hint";
    WsCopy => "ws-copy";
    WsToken => "ws-token";
    WsQrLabel => "ws-qr-label";
    WsBrowsersEdit => "ws-browsers-edit";
    WsBrowsersEditTip => "ws-browsers-edit-tip";
    WsParticipants => "ws-participants";
    WsYou => "ws-you";
    WsShowPanel => "ws-show-panel";
}

impl T {
    /// The meaning of a satisfaction score.
    pub fn satisfaction_word(score: u8) -> T {
        match score {
            0 | 1 => T::SatVeryLow,
            2 => T::SatLow,
            3 => T::SatMid,
            4 => T::SatHigh,
            _ => T::SatVeryHigh,
        }
    }

    /// A count and its word, e.g. "5 moments" for [`T::MomentsCount`] or "2 critical" for
    /// [`T::CriticalCount`], with the language's plural rules ("1 момент", "3 момента",
    /// "5 моментов").
    pub fn count(self, n: usize, lang: Lang) -> String {
        lang.fmt(self.id(), &[("count", Arg::from(n))])
    }
}

#[cfg(test)]
mod tests;

impl From<ciclo_doc::edit::Step> for T {
    fn from(step: ciclo_doc::edit::Step) -> T {
        use ciclo_doc::edit::Step;
        match step {
            Step::Cycle => T::StepCycle,
            Step::Rename => T::StepRename,
            Step::Moment => T::StepMoment,
            Step::Critical => T::StepCritical,
            Step::Satisfaction => T::StepSatisfaction,
            Step::Add => T::StepAdd,
            Step::Delete => T::StepDelete,
            Step::Reorder => T::StepReorder,
            Step::Move => T::StepMove,
            Step::Distribute => T::StepDistribute,
            Step::Photos => T::StepPhotos,
        }
    }
}
