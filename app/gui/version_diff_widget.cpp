#include "version_diff_widget.h"

#include "code_editor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <Qsci/qsciscintilla.h>

#include <algorithm>

namespace mph::app {

namespace {

// Markers: a background per row kind, and a symbol in the margin.
enum Marker { kRemovedLine = 0, kAddedLine, kChangedLine, kBlankLine, kRemovedSymbol, kAddedSymbol, kChangedSymbol };

QsciScintilla *makeEditor(QWidget *parent) {
    QsciScintilla *editor = makeReadOnlyPythonEditor(parent);
    // Each file's own line numbers (rows on one side only are blank): a text margin, not Scintilla's line numbers.
    editor->setMarginType(0, QsciScintilla::TextMarginRightJustified);
    editor->setMarginWidth(0, QStringLiteral("000000"));
    editor->setMarginType(1, QsciScintilla::SymbolMargin);
    editor->setMarginWidth(1, 16);
    editor->setMarginMarkerMask(0, 0);
    editor->setMarginMarkerMask(1, (1 << kRemovedSymbol) | (1 << kAddedSymbol) | (1 << kChangedSymbol));
    const auto background = [editor](int marker, QColor colour) {
        editor->markerDefine(QsciScintilla::Background, marker);
        editor->setMarkerBackgroundColor(colour, marker);
    };
    background(kRemovedLine, QColor(0xff, 0xd7, 0xd5));
    background(kAddedLine, QColor(0xd4, 0xf5, 0xd4));
    background(kChangedLine, QColor(0xff, 0xee, 0xc2));
    background(kBlankLine, QColor(0xee, 0xee, 0xee));
    const auto symbol = [editor](QsciScintilla::MarkerSymbol shape, int marker, QColor colour) {
        editor->markerDefine(shape, marker);
        editor->setMarkerBackgroundColor(colour, marker);
        editor->setMarkerForegroundColor(colour, marker);
    };
    symbol(QsciScintilla::Minus, kRemovedSymbol, QColor(0xc0, 0x10, 0x10));
    symbol(QsciScintilla::Plus, kAddedSymbol, QColor(0x10, 0x80, 0x10));
    symbol(QsciScintilla::RightArrow, kChangedSymbol, QColor(0xb0, 0x70, 0x00));
    editor->setCaretLineVisible(true);
    editor->setCaretLineBackgroundColor(QColor(0xf2, 0xf6, 0xff));
    return editor;
}

// One side's aligned text: a line per row, blank where the row has no line on this side.
QString alignedText(const LineDiff &diff, const QList<QByteArray> &lines, bool left) {
    QString text;
    for (std::size_t r = 0; r < diff.rows.size(); ++r) {
        const int line = left ? diff.rows[r].left : diff.rows[r].right;
        if (line >= 0) text += QString::fromUtf8(lines[line]);
        if (r + 1 < diff.rows.size()) text += u'\n';
    }
    return text;
}

void markSide(QsciScintilla *editor, const LineDiff &diff, bool left) {
    editor->markerDeleteAll();
    editor->clearMarginText();
    for (std::size_t r = 0; r < diff.rows.size(); ++r) {
        const DiffRow &row = diff.rows[r];
        const int line = left ? row.left : row.right;
        const int at = static_cast<int>(r);
        if (line >= 0) editor->setMarginText(at, QString::number(line + 1), QsciScintillaBase::STYLE_LINENUMBER);
        if (line < 0) {
            editor->markerAdd(at, kBlankLine);
        } else if (row.kind == DiffKind::Changed) {
            editor->markerAdd(at, kChangedLine);
            editor->markerAdd(at, kChangedSymbol);
        } else if (row.kind == DiffKind::Removed) {
            editor->markerAdd(at, kRemovedLine);
            editor->markerAdd(at, kRemovedSymbol);
        } else if (row.kind == DiffKind::Added) {
            editor->markerAdd(at, kAddedLine);
            editor->markerAdd(at, kAddedSymbol);
        }
    }
}

} // namespace

VersionDiffWidget::VersionDiffWidget(QWidget *parent)
    : QWidget(parent), leftTitle_(new QLabel(this)), rightTitle_(new QLabel(this)), summary_(new QLabel(this)),
      message_(new QLabel(this)), files_(new QComboBox(this)), next_(new QToolButton(this)),
      previous_(new QToolButton(this)), left_(makeEditor(this)), right_(makeEditor(this)) {
    files_->setToolTip(tr("The script and the files of its package that it runs"));
    next_->setText(tr("Next change"));
    previous_->setText(tr("Previous change"));
    message_->setWordWrap(true);
    message_->hide();
    for (QLabel *title : {leftTitle_, rightTitle_}) {
        title->setTextFormat(Qt::PlainText);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
    }
    auto *bar = new QHBoxLayout;
    bar->addWidget(files_, 1);
    bar->addWidget(summary_);
    bar->addWidget(previous_);
    bar->addWidget(next_);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    for (auto [title, editor] : {std::pair{leftTitle_, left_}, std::pair{rightTitle_, right_}}) {
        auto *side = new QWidget(splitter);
        auto *column = new QVBoxLayout(side);
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(title);
        column->addWidget(editor);
        editor->setParent(side);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(message_);
    layout->addWidget(splitter, 1);

    connect(files_, &QComboBox::currentIndexChanged, this, &VersionDiffWidget::showFile);
    connect(next_, &QToolButton::clicked, this, &VersionDiffWidget::nextChange);
    connect(previous_, &QToolButton::clicked, this, &VersionDiffWidget::previousChange);
    // Rows are aligned, so the two sides scroll as one (across too: a payload is often at the end of a long line).
    const auto sync = [this](QsciScintilla *from, QsciScintilla *to) {
        for (const bool vertical : {true, false}) {
            QScrollBar *source = vertical ? from->verticalScrollBar() : from->horizontalScrollBar();
            QScrollBar *target = vertical ? to->verticalScrollBar() : to->horizontalScrollBar();
            connect(source, &QScrollBar::valueChanged, this, [this, target](int value) {
                if (syncing_) return;
                syncing_ = true;
                target->setValue(value);
                syncing_ = false;
            });
        }
    };
    sync(left_, right_);
    sync(right_, left_);
}

void VersionDiffWidget::setMessage(const QString &message) {
    fileData_.clear();
    diff_ = {};
    changeRows_.clear();
    const QSignalBlocker blocker(files_);
    files_->clear();
    left_->clear();
    right_->clear();
    leftTitle_->clear();
    rightTitle_->clear();
    summary_->clear();
    message_->setText(message);
    message_->setVisible(!message.isEmpty());
}

void VersionDiffWidget::setComparison(const QString &earlierTitle, const QString &laterTitle,
                                      const QList<VersionDiffFile> &files) {
    setMessage({});
    fileData_ = files;
    leftTitle_->setText(earlierTitle);
    rightTitle_->setText(laterTitle);
    {
        const QSignalBlocker blocker(files_);
        for (const VersionDiffFile &file : files)
            files_->addItem(file.inEarlier ? file.path : tr("%1 (new in this version)").arg(file.path));
    }
    files_->setEnabled(files.size() > 1);
    showFile(files.isEmpty() ? -1 : 0);
}

int VersionDiffWidget::currentFile() const {
    return files_->currentIndex();
}

void VersionDiffWidget::showFile(int index) {
    if (index < 0 || index >= fileData_.size()) return;
    if (files_->currentIndex() != index) {
        const QSignalBlocker blocker(files_);
        files_->setCurrentIndex(index);
    }
    const VersionDiffFile &file = fileData_[index];
    const QList<QByteArray> earlier = file.inEarlier ? splitLines(file.earlier) : QList<QByteArray>{};
    const QList<QByteArray> later = splitLines(file.later);
    diff_ = diffLines(earlier, later);
    left_->setText(alignedText(diff_, earlier, true));
    right_->setText(alignedText(diff_, later, false));
    markSide(left_, diff_, true);
    markSide(right_, diff_, false);
    changeRows_.clear();
    for (std::size_t r = 0; r < diff_.rows.size(); ++r)
        if (diff_.rows[r].kind != DiffKind::Same && (r == 0 || diff_.rows[r - 1].kind == DiffKind::Same))
            changeRows_.push_back(static_cast<int>(r));
    QString summary = diff_.identical()
                          ? tr("identical")
                          : tr("+%1 −%2 ~%3 lines, %n change(s)", nullptr, static_cast<int>(changeRows_.size()))
                                .arg(diff_.added)
                                .arg(diff_.removed)
                                .arg(diff_.changed);
    if (diff_.approximate) summary += tr(" (approximate: the files differ too much for an exact diff)");
    summary_->setText(summary);
    next_->setEnabled(!changeRows_.empty());
    previous_->setEnabled(!changeRows_.empty());
    if (!changeRows_.empty()) {
        // Open at the first change, a few rows of context above it.
        left_->setFirstVisibleLine(std::max(0, changeRows_.front() - 3));
        right_->setFirstVisibleLine(std::max(0, changeRows_.front() - 3));
        left_->setCursorPosition(changeRows_.front(), 0);
        right_->setCursorPosition(changeRows_.front(), 0);
    }
}

void VersionDiffWidget::nextChange() {
    goToChange(1);
}

void VersionDiffWidget::previousChange() {
    goToChange(-1);
}

void VersionDiffWidget::goToChange(int direction) {
    if (changeRows_.empty()) return;
    int line = 0, index = 0;
    right_->getCursorPosition(&line, &index);
    int target = -1;
    if (direction > 0) {
        const auto it = std::upper_bound(changeRows_.begin(), changeRows_.end(), line);
        target = it == changeRows_.end() ? changeRows_.front() : *it;
    } else {
        const auto it = std::lower_bound(changeRows_.begin(), changeRows_.end(), line);
        target = it == changeRows_.begin() ? changeRows_.back() : *std::prev(it);
    }
    for (QsciScintilla *editor : {left_, right_}) {
        editor->setCursorPosition(target, 0);
        editor->setFirstVisibleLine(std::max(0, target - 3));
    }
}

} // namespace mph::app
