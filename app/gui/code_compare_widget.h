#pragma once
// Side by side: the selected script (left) and one of its nearest known-malicious scripts (right), read-only, with
// Python highlighting. The API calls of both call sequences are marked: calls found on both sides in one colour,
// calls on one side only in another. Next/previous call walks the left script's calls and shows the corresponding
// call on the right. Calls live in documents (design 2.8): the script, files of its package that it runs, payloads
// decoded from literals; a chooser above each editor switches among them, each document shows only its own calls,
// and walking to a call opens its document (a decoded layer under a notice naming its origin). Layout tricks (very
// long lines, code pushed off screen, hidden or bidi characters) get margin markers. Nothing shown here is ever run.
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
    // How evidence names the left document: the script's path, a file's stored path, or "path (layer n)".
    QString leftScriptPath() const;
    // 1-based inclusive line range selected in the left editor (or the caret's line).
    std::optional<std::pair<int, int>> selectedLeftLines() const;
    int currentCall() const { return left_.current; }
    // The document shown on each side (index into ScriptView::documents, = CallToken::source).
    int leftDocument() const { return left_.document; }
    int rightDocument() const { return right_.document; }
    void showLeftDocument(int document);
    void showRightDocument(int document);

    QsciScintilla *leftEditor() const { return left_.editor; }
    QsciScintilla *rightEditor() const { return right_.editor; }
    QComboBox *leftDocuments() const { return left_.documents; }
    QLabel *leftBanner() const { return left_.banner; }
    QLabel *rightBanner() const { return right_.banner; }

  public slots:
    void nextCall();
    void previousCall();
    void showCall(int leftIndex);           // opens the document the script's call lives in and highlights it
    void showNeighbourCall(int rightIndex); // the same for a call of the shown neighbour

  signals:
    void neighbourChanged(int index);

  private:
    struct Pane {
        QsciScintilla *editor = nullptr;
        QComboBox *documents = nullptr; // hidden when the script is the only document
        QLabel *banner = nullptr;       // a decoded layer's origin
        QLabel *issues = nullptr;
        int document = 0;
        int current = -1; // the call walked to on this side
    };

    const ScriptView &rightView() const;
    void showNeighbour(int index);
    void makePane(Pane &pane);
    void setDocuments(Pane &pane, const ScriptView &view);
    void showDocument(Pane &pane, const ScriptView &view, int document);
    void showText(Pane &pane, const ScriptView &view);
    void markCalls();
    void paintCalls(Pane &pane, const std::vector<CallToken> &calls, const std::vector<bool> &shared);
    void selectOn(Pane &pane, const ScriptView &view, int index);
    void selectCall(int leftIndex);

    Pane left_, right_;
    QLabel *leftTitle_ = nullptr;
    QComboBox *neighbourCombo_ = nullptr;
    QLabel *callPosition_ = nullptr;

    ScriptView leftView_;
    QList<ScriptView> neighbours_;
    CallComparison comparison_;
};

} // namespace mph::app
