#include "code_compare_widget.h"

#include "icons.h"
#include "layout_markers.h"

#include <Qsci/qscilexerpython.h>
#include <Qsci/qsciscintilla.h>

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace mph::app {

namespace {

constexpr int kSharedIndicator = 8;
constexpr int kOneSideIndicator = 9;
constexpr int kCurrentIndicator = 10;
constexpr int kLayoutMarker = 1;
const QColor kSharedColour(0xe0, 0x50, 0x50);
const QColor kOneSideColour(0xf0, 0xb0, 0x20);

QsciScintilla *makeEditor(QWidget *parent) {
    auto *editor = new QsciScintilla(parent);
    auto *lexer = new QsciLexerPython(editor);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    lexer->setDefaultFont(mono);
    lexer->setFont(mono);
    editor->setLexer(lexer);
    editor->setUtf8(true);
    editor->setReadOnly(true);
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

} // namespace

CodeCompareWidget::CodeCompareWidget(QWidget *parent) : QWidget(parent) {
    leftEditor_ = makeEditor(this);
    rightEditor_ = makeEditor(this);
    leftTitle_ = new QLabel(tr("No script selected"), this);
    leftTitle_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    neighbourCombo_ = new QComboBox(this);
    neighbourCombo_->setToolTip(tr("Nearest known-malicious scripts, nearest first"));
    neighbourCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    neighbourCombo_->setMinimumContentsLength(20);
    leftIssues_ = makeIssuesLabel(this);
    rightIssues_ = makeIssuesLabel(this);

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
    leftLayout->addWidget(leftEditor_, 1);
    leftLayout->addWidget(leftIssues_);
    auto *rightPane = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(rightPane);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(neighbourCombo_);
    rightLayout->addWidget(rightEditor_, 1);
    rightLayout->addWidget(rightIssues_);
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

void CodeCompareWidget::showText(QsciScintilla *editor, QLabel *issues, const ScriptView &script) {
    editor->setReadOnly(false);
    editor->SendScintilla(QsciScintillaBase::SCI_CLEARALL);
    if (script.text.isEmpty() && !script.error.isEmpty()) {
        const QByteArray message = tr("# The script could not be shown: %1").arg(script.error).toUtf8();
        editor->SendScintilla(QsciScintillaBase::SCI_APPENDTEXT, static_cast<unsigned long>(message.size()),
                              message.constData());
    } else {
        editor->SendScintilla(QsciScintillaBase::SCI_APPENDTEXT, static_cast<unsigned long>(script.text.size()),
                              script.text.constData());
    }
    editor->setReadOnly(true);
    editor->markerDeleteAll(kLayoutMarker);
    QStringList notes;
    for (const LayoutMarker &marker : findLayoutMarkers(QString::fromUtf8(script.text))) {
        editor->markerAdd(marker.line, kLayoutMarker);
        if (notes.size() < 4)
            notes << tr("line %1, column %2: %3")
                         .arg(marker.line + 1)
                         .arg(marker.column + 1)
                         .arg(layoutIssueDescription(marker.issue));
        else if (notes.size() == 4)
            notes << tr("…");
    }
    issues->setText(tr("Layout: %1").arg(notes.join(QStringLiteral("; "))));
    issues->setVisible(!notes.isEmpty());
    editor->setCursorPosition(0, 0);
}

void CodeCompareWidget::setLeft(const ScriptView &script) {
    left_ = script;
    leftTitle_->setText(script.title);
    showText(leftEditor_, leftIssues_, script);
    currentCall_ = -1;
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
    const ScriptView right = index >= 0 && index < neighbours_.size() ? neighbours_[index] : ScriptView{};
    showText(rightEditor_, rightIssues_, right);
    markCalls();
}

void CodeCompareWidget::markCalls() {
    const int index = currentNeighbour();
    const std::vector<CallToken> &rightCalls = index >= 0 ? neighbours_[index].calls : std::vector<CallToken>{};
    comparison_ = compareCalls(left_.calls, rightCalls);
    for (QsciScintilla *editor : {leftEditor_, rightEditor_})
        for (int indicator : {kSharedIndicator, kOneSideIndicator, kCurrentIndicator})
            clearIndicator(editor, indicator);
    for (std::size_t k = 0; k < left_.calls.size(); ++k)
        fill(leftEditor_, comparison_.sharedLeft[k] ? kSharedIndicator : kOneSideIndicator, left_.calls[k].begin,
             left_.calls[k].end);
    for (std::size_t k = 0; k < rightCalls.size(); ++k)
        fill(rightEditor_, comparison_.sharedRight[k] ? kSharedIndicator : kOneSideIndicator, rightCalls[k].begin,
             rightCalls[k].end);
    currentCall_ = -1;
    callPosition_->setText(tr("%n call(s)", nullptr, static_cast<int>(left_.calls.size())));
}

void CodeCompareWidget::selectCall(int leftIndex) {
    if (left_.calls.empty()) return;
    currentCall_ = leftIndex;
    const CallToken &call = left_.calls[static_cast<std::size_t>(leftIndex)];
    select(leftEditor_, call);
    const int neighbour = currentNeighbour();
    const int partner = comparison_.counterpartOfLeft[static_cast<std::size_t>(leftIndex)];
    if (neighbour >= 0 && partner >= 0)
        select(rightEditor_, neighbours_[neighbour].calls[static_cast<std::size_t>(partner)]);
    else
        clearIndicator(rightEditor_, kCurrentIndicator);
    callPosition_->setText(tr("call %1 of %2: %3%4")
                               .arg(leftIndex + 1)
                               .arg(left_.calls.size())
                               .arg(QString::fromStdString(call.name))
                               .arg(partner >= 0 ? tr(" (also on the right)") : tr(" (left only)")));
}

void CodeCompareWidget::nextCall() {
    if (!left_.calls.empty()) selectCall((currentCall_ + 1) % static_cast<int>(left_.calls.size()));
}

void CodeCompareWidget::previousCall() {
    if (left_.calls.empty()) return;
    const int count = static_cast<int>(left_.calls.size());
    selectCall(currentCall_ <= 0 ? count - 1 : currentCall_ - 1);
}

std::optional<std::pair<int, int>> CodeCompareWidget::selectedLeftLines() const {
    if (left_.text.isEmpty()) return std::nullopt;
    int lineFrom = -1, indexFrom = -1, lineTo = -1, indexTo = -1;
    leftEditor_->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    if (lineFrom < 0) {
        int line = 0, index = 0;
        leftEditor_->getCursorPosition(&line, &index);
        return std::pair{line + 1, line + 1};
    }
    if (indexTo == 0 && lineTo > lineFrom)
        --lineTo; // a selection ending at the start of a line does not include that line
    return std::pair{lineFrom + 1, lineTo + 1};
}

} // namespace mph::app
