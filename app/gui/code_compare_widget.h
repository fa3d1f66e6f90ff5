#pragma once
// Side by side: the selected script (left) and one of its nearest known-malicious scripts (right), read-only, with
// Python highlighting. The API calls of both call sequences are marked: calls found on both sides in one colour,
// calls on one side only in another. Next/previous call walks the left script's calls and shows the corresponding
// call on the right. Layout tricks (very long lines, code pushed off screen, hidden or bidi characters) get margin
// markers. Nothing shown here is ever run.
#include "call_alignment.h"
#include "script_view.h"

#include <QWidget>

#include <optional>
#include <utility>

class QComboBox;
class QLabel;
class QsciScintilla;

namespace mph::app {

class CodeCompareWidget : public QWidget {
    Q_OBJECT
  public:
    explicit CodeCompareWidget(QWidget *parent = nullptr);

    void setLeft(const ScriptView &script);
    void setNeighbours(const QList<ScriptView> &neighbours); // nearest first; shows the first
    void clear();

    int currentNeighbour() const;
    void setCurrentNeighbour(int index);
    QString leftScriptPath() const { return left_.scriptPath; }
    // 1-based inclusive line range selected in the left editor (or the caret's line).
    std::optional<std::pair<int, int>> selectedLeftLines() const;
    int currentCall() const { return currentCall_; }

    QsciScintilla *leftEditor() const { return leftEditor_; }
    QsciScintilla *rightEditor() const { return rightEditor_; }

  public slots:
    void nextCall();
    void previousCall();

  signals:
    void neighbourChanged(int index);

  private:
    void showNeighbour(int index);
    void showText(QsciScintilla *editor, QLabel *issues, const ScriptView &script);
    void markCalls();
    void selectCall(int leftIndex);

    QsciScintilla *leftEditor_ = nullptr;
    QsciScintilla *rightEditor_ = nullptr;
    QLabel *leftTitle_ = nullptr;
    QLabel *leftIssues_ = nullptr;
    QLabel *rightIssues_ = nullptr;
    QComboBox *neighbourCombo_ = nullptr;
    QLabel *callPosition_ = nullptr;

    ScriptView left_;
    QList<ScriptView> neighbours_;
    CallComparison comparison_;
    int currentCall_ = -1;
};

} // namespace mph::app
