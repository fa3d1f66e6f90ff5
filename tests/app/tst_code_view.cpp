// The side-by-side code view on the hand-made scan, offscreen: a script that runs a file of its package and two
// decoded layers shows each in its own document, highlights in a document only the calls that live there, and walking
// to a call opens its document (a layer read-only, under a banner naming its file, line and depth).
#include "code_compare_widget.h"
#include "scan_fixture.h"
#include "script_view.h"

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLabel>
#include <QTest>

using namespace mph::app;

namespace {

constexpr int kSharedIndicator = 8, kOneSideIndicator = 9, kCurrentIndicator = 10; // as code_compare_widget.cpp
constexpr int kLayoutMarker = 1;                                                   // as code_compare_widget.cpp

QByteArray editorBytes(QsciScintilla *editor) {
    const long length = editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    QByteArray bytes(length + 1, '\0');
    editor->SendScintilla(QsciScintillaBase::SCI_GETTEXT, static_cast<unsigned long>(length + 1), bytes.data());
    bytes.chop(1);
    return bytes;
}

bool marked(QsciScintilla *editor, int indicator, long position) {
    return editor->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT, indicator, position) != 0;
}

bool anyCallMark(QsciScintilla *editor, long position) {
    return marked(editor, kSharedIndicator, position) || marked(editor, kOneSideIndicator, position);
}

} // namespace

class TestCodeView : public QObject {
    Q_OBJECT
  private slots:
    void documentsOfAScriptThatRunsMore() {
        const auto scan = mph::test::makeScanFixture();
        const ScriptTextSource texts(scan, {});
        CodeCompareWidget widget;
        widget.resize(1200, 700);
        widget.show();
        const ScriptView beta = makeScriptView(*scan, texts, 2);
        widget.setLeft(beta);
        widget.setNeighbours({makeScriptView(*scan, texts, 4)});
        QsciScintilla *left = widget.leftEditor();

        // The chooser lists the script, its two layers and the file; the script is shown first, with its own calls
        // only: "print" (0..5 of layer 2) is not painted over the script's "impor".
        QVERIFY(widget.leftDocuments()->isVisibleTo(&widget));
        QCOMPARE(widget.leftDocuments()->count(), 4);
        QCOMPARE(widget.leftDocuments()->itemText(3), QStringLiteral("beta/_hooks.py (1 call(s))"));
        QCOMPARE(widget.leftDocument(), 0);
        QCOMPARE(editorBytes(left), beta.text);
        QVERIFY(anyCallMark(left, 14)); // the script's exec
        QVERIFY(!anyCallMark(left, 0));
        QVERIFY(!widget.leftBanner()->isVisibleTo(&widget));

        // A call in the file: its document opens, with the call highlighted at the token's range.
        widget.showCall(5);
        QCOMPARE(widget.currentCall(), 5);
        QCOMPARE(widget.leftDocument(), 3);
        QCOMPARE(widget.leftDocuments()->currentIndex(), 3);
        QCOMPARE(editorBytes(left), QByteArray("import requests\n\nrequests.post('https://x.invalid', data=b'')\n"));
        QVERIFY(left->isReadOnly());
        QVERIFY(!marked(left, kCurrentIndicator, 16));
        QVERIFY(marked(left, kCurrentIndicator, 17));
        QVERIFY(marked(left, kCurrentIndicator, 29));
        QVERIFY(!marked(left, kCurrentIndicator, 30));
        QVERIFY(anyCallMark(left, 17));
        QCOMPARE(left->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART), 17L);
        QCOMPARE(left->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONEND), 30L);
        QCOMPARE(widget.leftScriptPath(), QStringLiteral("beta-2.0/beta/_hooks.py")); // evidence names the file
        QVERIFY(!widget.leftBanner()->isVisibleTo(&widget));

        // A call in the second layer: read-only, under a banner naming file, line and depth.
        widget.showCall(4);
        QCOMPARE(widget.leftDocument(), 2);
        QCOMPARE(editorBytes(left), QByteArray("print()\n"));
        QVERIFY(left->isReadOnly());
        QVERIFY(marked(left, kCurrentIndicator, 0));
        QVERIFY(widget.leftBanner()->isVisibleTo(&widget));
        const QString banner = widget.leftBanner()->text();
        QVERIFY2(banner.contains(QStringLiteral("layer 2")) && banner.contains(QStringLiteral("beta/__init__.py")) &&
                     banner.contains(QStringLiteral("line 3 of layer 1")) &&
                     banner.contains(QStringLiteral("line 2 of the file")),
                 qPrintable(banner));
        QCOMPARE(widget.leftScriptPath(), QStringLiteral("beta-2.0/beta/__init__.py (layer 2)"));

        // Walking on goes back through the documents in execution order; the chooser switches by hand too.
        widget.nextCall();
        QCOMPARE(widget.leftDocument(), 3);
        widget.showCall(0);
        QCOMPARE(widget.leftDocument(), 0);
        QVERIFY(!widget.leftBanner()->isVisibleTo(&widget));
        widget.leftDocuments()->setCurrentIndex(1);
        QCOMPARE(widget.leftDocument(), 1);
        QCOMPARE(editorBytes(left), QByteArray("import base64\n\nexec(base64.b64decode('cHJpbnQoKQ=='))\n"));
        QVERIFY(anyCallMark(left, 15)); // layer 1's own exec
        QVERIFY(widget.leftBanner()->text().contains(QStringLiteral("run at its line 2")));

        // The known neighbour's text is gone (no archive to re-read): the existing error path, one document.
        QVERIFY(editorBytes(widget.rightEditor()).startsWith("# The script could not be shown: "));
        QCOMPARE(widget.rightDocument(), 0);
    }

    // Code is set in Hack when it is installed (a dependency of the .deb), and an obfuscator's names get the
    // layout marker: the demo needle syscfg-tools names everything with O and 0. MPH_SCREENSHOT_DIR keeps a picture.
    void codeFontAndConfusableNames() {
        QFile file(QStringLiteral(MPH_SOURCE_DIR "/resources/demo/src/batch/syscfg-tools-0.2.0/syscfg-tools-0.2.0/"
                                                 "setup.py"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        ScriptView view;
        view.title = QStringLiteral("syscfg-tools 0.2.0: setup.py");
        view.scriptPath = QStringLiteral("syscfg-tools-0.2.0/setup.py");
        view.text = file.readAll();
        CodeCompareWidget widget;
        widget.resize(1100, 520);
        widget.show();
        widget.setLeft(view);
        QsciScintilla *left = widget.leftEditor();
        for (int line : {0, 1, 2, 4, 7, 8}) // "import os as O0O0OO", ..., "def O0O00O(O00OO0):"
            QVERIFY2(left->markersAtLine(line) & (1 << kLayoutMarker), qPrintable(QString::number(line)));
        QVERIFY(!(left->markersAtLine(3) & (1 << kLayoutMarker))); // "from setuptools import setup"
        bool described = false;
        for (const QLabel *label : widget.findChildren<QLabel *>())
            described = described || (label->isVisibleTo(&widget) && label->text().contains("look-alike"));
        QVERIFY(described);
        if (qEnvironmentVariableIsSet("MPH_SCREENSHOT_DIR"))
            widget.grab().save(qEnvironmentVariable("MPH_SCREENSHOT_DIR") + "/confusable-marker.png");

        const QFont font = left->lexer()->font(0);
        if (!QFontDatabase::families().contains(QStringLiteral("Hack")))
            QSKIP("Hack is not installed (apt-get install fonts-hack): the fallback font is used");
        QCOMPARE(QFontInfo(font).family(), QStringLiteral("Hack"));
        QCOMPARE(QFontInfo(left->lexer()->defaultFont()).family(), QStringLiteral("Hack"));
    }

    void scriptAloneHasNoChooser() {
        const auto scan = mph::test::makeScanFixture();
        const ScriptTextSource texts(scan, {});
        CodeCompareWidget widget;
        widget.show();
        widget.setLeft(makeScriptView(*scan, texts, 0));
        QVERIFY(!widget.leftDocuments()->isVisibleTo(&widget));
        widget.nextCall();
        QCOMPARE(widget.leftDocument(), 0);
        QVERIFY(marked(widget.leftEditor(), kCurrentIndicator, 10)); // alpha's os.system at 10..19
        widget.clear();
        QVERIFY(!widget.leftDocuments()->isVisibleTo(&widget));
        QCOMPARE(widget.currentCall(), -1);
    }
};

QTEST_MAIN(TestCodeView)
#include "tst_code_view.moc"
