#pragma once
// The version diff (issue 13 item 6): a script of this run beside the same file of an earlier version of its project,
// side by side and aligned line for line (Myers over lines, line_diff.h). Removed lines are red on the left, added
// lines green on the right, changed lines amber on both, with -/+/> in the margin; the line-number margin shows each
// file's own numbers, and rows that exist on one side only are blank on the other. The two editors scroll together.
// A chooser switches among the install (or import) script and the files it runs. Nothing shown here is ever run.
#include "line_diff.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QsciScintilla;
class QToolButton;

namespace mph::app {

// One file of the comparison.
struct VersionDiffFile {
    QString path;              // inside the package, without its root folder
    QByteArray earlier, later; // raw bytes
    bool inEarlier = true;     // false: the earlier version has no such file (every line is new)
};

class VersionDiffWidget : public QWidget {
    Q_OBJECT
  public:
    explicit VersionDiffWidget(QWidget *parent = nullptr);

    // `earlierTitle`/`laterTitle` head the two sides ("webhook-logger 0.3.2 (from the history)").
    void setComparison(const QString &earlierTitle, const QString &laterTitle, const QList<VersionDiffFile> &files);
    void setMessage(const QString &message); // instead of a comparison: loading, or why there is none
    void showFile(int index);
    int currentFile() const;
    const LineDiff &diff() const { return diff_; }

    QsciScintilla *leftEditor() const { return left_; }
    QsciScintilla *rightEditor() const { return right_; }
    QComboBox *files() const { return files_; }
    QLabel *summary() const { return summary_; }

  public slots:
    void nextChange();
    void previousChange();

  private:
    void goToChange(int direction);

    QLabel *leftTitle_, *rightTitle_, *summary_, *message_;
    QComboBox *files_;
    QToolButton *next_, *previous_;
    QsciScintilla *left_, *right_;
    QList<VersionDiffFile> fileData_;
    LineDiff diff_;
    std::vector<int> changeRows_; // first row of each run of changed rows
    bool syncing_ = false;
};

} // namespace mph::app
