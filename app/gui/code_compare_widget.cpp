#include "code_compare_widget.h"

#include "code_editor.h"

#include "icons.h"
#include "layout_markers.h"

#include <Qsci/qsciscintilla.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mph::app {

namespace {

constexpr int kSharedIndicator = 8;
constexpr int kOneSideIndicator = 9;
constexpr int kCurrentIndicator = 10;
constexpr int kLayoutMarker = 1;
const QColor kSharedColour(0xe0, 0x50, 0x50);
const QColor kOneSideColour(0xf0, 0xb0, 0x20);

QsciScintilla *makeEditor(QWidget *parent) {
    QsciScintilla *editor = makeReadOnlyPythonEditor(parent);
    editor->setMarginType(0, QsciScintilla::NumberMargin);
    editor->setMarginWidth(0, QStringLiteral("00000"));
    editor->setMarginType(1, QsciScintilla::SymbolMargin);
    editor->setMarginWidth(1, 14);
    editor->markerDefine(QsciScintilla::RightTriangle, kLayoutMarker);
    editor->setMarkerBackgroundColor(QColor(0xc0, 0x10, 0x10), kLayoutMarker);
    editor->setEdgeMode(QsciScintilla::EdgeLine);
    editor->setEdgeColumn(120);
    editor->setCaretLineVisible(true);
    editor->setCaretLineBackgroundColor(QColor(0xf2, 0xf6, 0xff));
    editor->indicatorDefine(QsciScintilla::StraightBoxIndicator, kSharedIndicator);
    editor->setIndicatorForegroundColor(kSharedColour, kSharedIndicator);
    editor->indicatorDefine(QsciScintilla::StraightBoxIndicator, kOneSideIndicator);
    editor->setIndicatorForegroundColor(kOneSideColour, kOneSideIndicator);
    editor->indicatorDefine(QsciScintilla::FullBoxIndicator, kCurrentIndicator);
    editor->setIndicatorForegroundColor(QColor(0x20, 0x60, 0xff), kCurrentIndicator);
    for (int indicator : {kSharedIndicator, kOneSideIndicator, kCurrentIndicator}) {
        editor->setIndicatorDrawUnder(true, indicator);
        editor->SendScintilla(QsciScintillaBase::SCI_INDICSETALPHA, indicator,
                              indicator == kCurrentIndicator ? 50 : 90);
    }
    return editor;
}

void fill(QsciScintilla *editor, int indicator, std::uint32_t begin, std::uint32_t end) {
    const long length = editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    if (begin >= end || static_cast<long>(end) > length) return;
    editor->SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT, indicator);
    editor->SendScintilla(QsciScintillaBase::SCI_INDICATORFILLRANGE, static_cast<unsigned long>(begin),
                          static_cast<long>(end - begin));
}

void clearIndicator(QsciScintilla *editor, int indicator) {
    editor->SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT, indicator);
    editor->SendScintilla(QsciScintillaBase::SCI_INDICATORCLEARRANGE, 0UL,
                          editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
}

void select(QsciScintilla *editor, const CallToken &call) {
    clearIndicator(editor, kCurrentIndicator);
    fill(editor, kCurrentIndicator, call.begin, call.end);
    editor->SendScintilla(QsciScintillaBase::SCI_SETSEL, static_cast<unsigned long>(call.begin),
                          static_cast<long>(call.end));
    editor->SendScintilla(QsciScintillaBase::SCI_SCROLLCARET);
}

QLabel *makeIssuesLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a01010;"));
    label->hide();
    return label;
}

QLabel *makeBanner(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #4d3a00; border: 1px solid #e6c35c; "
                                        "border-radius: 3px; padding: 4px 6px; }"));
    label->hide();
    return label;
}

const ScriptView &emptyView() {
    static const ScriptView empty;
    return empty;
}

} // namespace

void CodeCompareWidget::makePane(Pane &pane) {
    pane.editor = makeEditor(this);
    pane.documents = new QComboBox(this);
    pane.documents->setToolTip(tr("Where the calls live: the script, the files of its package it runs, the payloads "
                                  "it decodes"));
    pane.documents->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    pane.documents->setMinimumContentsLength(20);
    pane.documents->hide();
    pane.banner = makeBanner(this);
    pane.issues = makeIssuesLabel(this);
    Pane *which = &pane;
    connect(pane.documents, &QComboBox::currentIndexChanged, this,
            [this, which](int document) { showDocument(*which, which == &left_ ? leftView_ : rightView(), document); });
}

CodeCompareWidget::CodeCompareWidget(QWidget *parent) : QWidget(parent) {
    makePane(left_);
    makePane(right_);
    leftTitle_ = new QLabel(tr("No script selected"), this);
    leftTitle_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    neighbourCombo_ = new QComboBox(this);
    neighbourCombo_->setToolTip(tr("Nearest known-malicious scripts, nearest first"));
    neighbourCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    neighbourCombo_->setMinimumContentsLength(20);

    auto *previous = new QToolButton(this);
    previous->setIcon(workbenchIcon(QStringLiteral("previous-call")));
    previous->setToolTip(tr("Previous call (Shift+F4)"));
    auto *next = new QToolButton(this);
    next->setIcon(workbenchIcon(QStringLiteral("next-call")));
    next->setToolTip(tr("Next call and its counterpart on the right (F4)"));
    connect(previous, &QToolButton::clicked, this, &CodeCompareWidget::previousCall);
    connect(next, &QToolButton::clicked, this, &CodeCompareWidget::nextCall);
    auto *nextShortcut = new QShortcut(QKeySequence(Qt::Key_F4), this, this, &CodeCompareWidget::nextCall,
                                       Qt::WidgetWithChildrenShortcut);
    auto *previousShortcut = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F4), this, this,
                                           &CodeCompareWidget::previousCall, Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(nextShortcut)
    Q_UNUSED(previousShortcut)
    callPosition_ = new QLabel(this);
    auto *legend = new QLabel(tr("<span style=\"background:%1\">&nbsp;call on both sides&nbsp;</span> "
                                 "<span style=\"background:%2\">&nbsp;call on one side only&nbsp;</span>")
                                  .arg(kSharedColour.lighter(150).name(), kOneSideColour.lighter(140).name()),
                              this);

    auto *leftPane = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(leftPane);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(leftTitle_);
    for (QWidget *widget : {static_cast<QWidget *>(left_.documents), static_cast<QWidget *>(left_.banner)})
        leftLayout->addWidget(widget);
    leftLayout->addWidget(left_.editor, 1);
    leftLayout->addWidget(left_.issues);
    auto *rightPane = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(rightPane);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(neighbourCombo_);
    for (QWidget *widget : {static_cast<QWidget *>(right_.documents), static_cast<QWidget *>(right_.banner)})
        rightLayout->addWidget(widget);
    rightLayout->addWidget(right_.editor, 1);
    rightLayout->addWidget(right_.issues);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(leftPane);
    splitter->addWidget(rightPane);

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addWidget(callPosition_);
    bar->addStretch(1);
    bar->addWidget(legend);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(neighbourCombo_, &QComboBox::currentIndexChanged, this, [this](int index) {
        showNeighbour(index);
        emit neighbourChanged(index);
    });
}

const ScriptView &CodeCompareWidget::rightView() const {
    const int index = currentNeighbour();
    return index >= 0 && index < neighbours_.size() ? neighbours_[index] : emptyView();
}

void CodeCompareWidget::setDocuments(Pane &pane, const ScriptView &view) {
    const QSignalBlocker blocker(pane.documents);
    pane.documents->clear();
    for (std::size_t k = 0; k < view.documents.size(); ++k) {
        const ScriptDocument &document = view.documents[k];
        pane.documents->addItem(documentLabel(document, k == 0));
        pane.documents->setItemData(static_cast<int>(k), placeName(document.place), Qt::ToolTipRole);
    }
    pane.documents->setVisible(view.documents.size() > 1);
    pane.document = 0;
    pane.current = -1;
}

void CodeCompareWidget::showText(Pane &pane, const ScriptView &view) {
    const std::size_t index = static_cast<std::size_t>(pane.document);
    const bool known = index < view.documents.size();
    const QByteArray &text = known ? view.documents[index].text : view.text;
    const QString &error = known ? view.documents[index].error : view.error;
    QsciScintilla *editor = pane.editor;
    editor->setReadOnly(false);
    editor->SendScintilla(QsciScintillaBase::SCI_CLEARALL);
    if (text.isEmpty() && !error.isEmpty()) {
        const QByteArray message =
            (index == 0 ? tr("# The script could not be shown: %1") : tr("# The file could not be shown: %1"))
                .arg(error)
                .toUtf8();
        editor->SendScintilla(QsciScintillaBase::SCI_APPENDTEXT, static_cast<unsigned long>(message.size()),
                              message.constData());
    } else {
        editor->SendScintilla(QsciScintillaBase::SCI_APPENDTEXT, static_cast<unsigned long>(text.size()),
                              text.constData());
    }
    editor->setReadOnly(true);
    editor->markerDeleteAll(kLayoutMarker);
    QStringList notes;
    for (const LayoutMarker &marker : findLayoutMarkers(QString::fromUtf8(text))) {
        editor->markerAdd(marker.line, kLayoutMarker);
        if (notes.size() < 4)
            notes << tr("line %1, column %2: %3")
                         .arg(marker.line + 1)
                         .arg(marker.column + 1)
                         .arg(layoutIssueDescription(marker.issue));
        else if (notes.size() == 4)
            notes << tr("…");
    }
    pane.issues->setText(tr("Layout: %1").arg(notes.join(QStringLiteral("; "))));
    pane.issues->setVisible(!notes.isEmpty());
    const QString banner = documentBanner(view, index);
    pane.banner->setText(banner);
    pane.banner->setVisible(!banner.isEmpty());
    editor->setCursorPosition(0, 0);
}

void CodeCompareWidget::showDocument(Pane &pane, const ScriptView &view, int document) {
    if (document < 0 || static_cast<std::size_t>(document) >= std::max<std::size_t>(1, view.documents.size())) return;
    if (pane.documents->currentIndex() != document) {
        const QSignalBlocker blocker(pane.documents);
        pane.documents->setCurrentIndex(document);
    }
    pane.document = document;
    showText(pane, view);
    const bool isLeft = &pane == &left_;
    paintCalls(pane, view.calls, isLeft ? comparison_.sharedLeft : comparison_.sharedRight);
}

void CodeCompareWidget::showLeftDocument(int document) {
    showDocument(left_, leftView_, document);
}

void CodeCompareWidget::showRightDocument(int document) {
    showDocument(right_, rightView(), document);
}

QString CodeCompareWidget::leftScriptPath() const {
    const auto document = static_cast<std::size_t>(left_.document);
    if (document == 0 || document >= leftView_.documents.size()) return leftView_.scriptPath;
    return placeName(leftView_.documents[document].place);
}

void CodeCompareWidget::setLeft(const ScriptView &script) {
    leftView_ = script;
    leftTitle_->setText(script.title);
    setDocuments(left_, leftView_);
    showText(left_, leftView_);
    markCalls();
}

void CodeCompareWidget::setNeighbours(const QList<ScriptView> &neighbours) {
    neighbours_ = neighbours;
    const QSignalBlocker blocker(neighbourCombo_);
    neighbourCombo_->clear();
    for (const ScriptView &neighbour : neighbours)
        neighbourCombo_->addItem(neighbour.title);
    if (neighbours.isEmpty()) neighbourCombo_->addItem(tr("No known-malicious script in this scope"));
    neighbourCombo_->setEnabled(!neighbours.isEmpty());
    showNeighbour(neighbours.isEmpty() ? -1 : 0);
}

void CodeCompareWidget::clear() {
    setLeft({});
    leftTitle_->setText(tr("No script selected"));
    setNeighbours({});
}

int CodeCompareWidget::currentNeighbour() const {
    return neighbours_.isEmpty() ? -1 : neighbourCombo_->currentIndex();
}

void CodeCompareWidget::setCurrentNeighbour(int index) {
    if (index >= 0 && index < neighbours_.size()) neighbourCombo_->setCurrentIndex(index);
}

void CodeCompareWidget::showNeighbour(int index) {
    const ScriptView &right = index >= 0 && index < neighbours_.size() ? neighbours_[index] : emptyView();
    setDocuments(right_, right);
    showText(right_, right);
    markCalls();
}

// Compares the two sides' calls and marks, in each editor, the calls of the document it shows.
void CodeCompareWidget::markCalls() {
    comparison_ = compareCalls(leftView_.calls, rightView().calls);
    left_.current = -1;
    right_.current = -1;
    paintCalls(left_, leftView_.calls, comparison_.sharedLeft);
    paintCalls(right_, rightView().calls, comparison_.sharedRight);
    callPosition_->setText(tr("%n call(s)", nullptr, static_cast<int>(leftView_.calls.size())));
}

void CodeCompareWidget::paintCalls(Pane &pane, const std::vector<CallToken> &calls, const std::vector<bool> &shared) {
    for (int indicator : {kSharedIndicator, kOneSideIndicator, kCurrentIndicator})
        clearIndicator(pane.editor, indicator);
    const auto document = static_cast<std::uint32_t>(pane.document);
    for (std::size_t k = 0; k < calls.size() && k < shared.size(); ++k)
        if (calls[k].source == document)
            fill(pane.editor, shared[k] ? kSharedIndicator : kOneSideIndicator, calls[k].begin, calls[k].end);
    if (pane.current >= 0 && static_cast<std::size_t>(pane.current) < calls.size() &&
        calls[static_cast<std::size_t>(pane.current)].source == document) {
        const CallToken &call = calls[static_cast<std::size_t>(pane.current)];
        fill(pane.editor, kCurrentIndicator, call.begin, call.end);
    }
}

// Walks one side to its call `index`: opens the call's document if another is shown, then highlights the call.
void CodeCompareWidget::selectOn(Pane &pane, const ScriptView &view, int index) {
    if (index < 0 || static_cast<std::size_t>(index) >= view.calls.size()) {
        pane.current = -1;
        clearIndicator(pane.editor, kCurrentIndicator);
        return;
    }
    pane.current = index;
    const CallToken &call = view.calls[static_cast<std::size_t>(index)];
    if (static_cast<int>(call.source) != pane.document) showDocument(pane, view, static_cast<int>(call.source));
    if (static_cast<int>(call.source) == pane.document) select(pane.editor, call);
}

void CodeCompareWidget::selectCall(int leftIndex) {
    if (leftIndex < 0 || static_cast<std::size_t>(leftIndex) >= leftView_.calls.size()) return;
    selectOn(left_, leftView_, leftIndex);
    const CallToken &call = leftView_.calls[static_cast<std::size_t>(leftIndex)];
    const int partner = comparison_.counterpartOfLeft[static_cast<std::size_t>(leftIndex)];
    selectOn(right_, rightView(), currentNeighbour() >= 0 ? partner : -1);
    callPosition_->setText(tr("call %1 of %2: %3%4")
                               .arg(leftIndex + 1)
                               .arg(leftView_.calls.size())
                               .arg(QString::fromStdString(call.name))
                               .arg(partner >= 0 ? tr(" (also on the right)") : tr(" (left only)")));
}

void CodeCompareWidget::showCall(int leftIndex) {
    selectCall(leftIndex);
}

void CodeCompareWidget::showNeighbourCall(int rightIndex) {
    const ScriptView &right = rightView();
    if (rightIndex < 0 || static_cast<std::size_t>(rightIndex) >= right.calls.size()) return;
    selectOn(right_, right, rightIndex);
}

void CodeCompareWidget::nextCall() {
    if (!leftView_.calls.empty()) selectCall((left_.current + 1) % static_cast<int>(leftView_.calls.size()));
}

void CodeCompareWidget::previousCall() {
    if (leftView_.calls.empty()) return;
    const int count = static_cast<int>(leftView_.calls.size());
    selectCall(left_.current <= 0 ? count - 1 : left_.current - 1);
}

std::optional<std::pair<int, int>> CodeCompareWidget::selectedLeftLines() const {
    const auto document = static_cast<std::size_t>(left_.document);
    const QByteArray &text =
        document < leftView_.documents.size() ? leftView_.documents[document].text : leftView_.text;
    if (text.isEmpty()) return std::nullopt;
    int lineFrom = -1, indexFrom = -1, lineTo = -1, indexTo = -1;
    left_.editor->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    if (lineFrom < 0) {
        int line = 0, index = 0;
        left_.editor->getCursorPosition(&line, &index);
        return std::pair{line + 1, line + 1};
    }
    if (indexTo == 0 && lineTo > lineFrom)
        --lineTo; // a selection ending at the start of a line does not include that line
    return std::pair{lineFrom + 1, lineTo + 1};
}

} // namespace mph::app
