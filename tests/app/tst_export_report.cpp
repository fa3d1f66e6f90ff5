// Case reports: the HTML says what the case is (exact figures, escaped code, highlighted evidence lines, the
// off-screen payload made visible) and the PDF is a paginated A4 document.
#include "../formula_eval.h"
#include "case_context.h"
#include "export_fixture.h"
#include "report_html.h"
#include "report_writer.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <optional>

using namespace mph::app;

namespace {

struct Fixture {
    CaseFile caseFile;
    CaseContext context;
};

Fixture makeFixture() {
    mph::ScanResult scan = fixture::makeScan();
    scan.rankingMethod = mph::RankingMethod::Paper; // the hand-made numbers are the paper formula's parts
    Fixture f;
    f.caseFile = seedCase(scan, 0);
    f.context = caseContext(scan, 0, QByteArray::fromStdString(fixture::kSetupPy));
    f.caseFile.verdict = Verdict::Malicious;
    f.caseFile.analyst = "Ada Analyst";
    f.caseFile.notes = "Base64 payload <runs> curl | sh.\nSecond line.";
    f.caseFile.evidence = {{"", 6, 7, "payload"}};
    return f;
}

// The report of a demo batch package's script of `scope`, scanned with the default (contrastive) ranking.
struct DemoReport {
    CaseFile caseFile;
    CaseContext context;
    QString html;
};
DemoReport demoReport(const char *package, mph::Scope scope) {
    static const mph::ScanResult scan = [] {
        mph::ScanOptions options;
        options.demo = true;
        options.projection = false;
        return mph::runScan(options).result;
    }();
    DemoReport report;
    for (std::size_t i = 0; i < scan.ranking.size(); ++i) {
        const mph::ScriptEntry &entry = scan.scripts[scan.ranking[i].entry];
        if (scan.packageOf(entry).name != package || entry.scope != scope) continue;
        report.caseFile = seedCase(scan, i);
        report.context = caseContext(scan, i, QByteArray::fromStdString(std::string(scan.scriptOf(entry).text)));
        report.html = caseReportHtml(report.caseFile, report.context);
    }
    return report;
}

} // namespace

class TestExportReport : public QObject {
    Q_OBJECT
  private slots:
    void contextFromScan() {
        const Fixture f = makeFixture();
        QVERIFY(f.context.valid);
        QCOMPARE(f.context.size, 5);
        QCOMPARE(f.context.calls.size(), 5);
        QCOMPARE(f.context.calls[0], (CallSite{"setup", 7}));
        QCOMPARE(f.context.calls[3], (CallSite{"os.system", 6}));
        QCOMPARE(f.context.calls[4], (CallSite{"exec", 8}));
        QCOMPARE(f.context.mapPosition->x(), 1.25);
        QCOMPARE(f.context.mapPosition->y(), -0.75);
        QCOMPARE(f.caseFile.nearestKnown.size(), 1);
        QCOMPARE(f.caseFile.nearestKnown[0].scriptSha256, QString(64, 'e'));
        QCOMPARE(lineOfOffset("a\nb\nc", 0), 1);
        QCOMPARE(lineOfOffset("a\nb\nc", 2), 2);
        QCOMPARE(lineOfOffset("a\nb\nc", 100), 3);
        const mph::ScanResult scan = fixture::makeScan();
        QCOMPARE(findRankingIndex(scan, f.caseFile), std::optional<std::size_t>(0));
        CaseFile elsewhere = f.caseFile;
        elsewhere.archivePath = "/other.tar.gz";
        QCOMPARE(findRankingIndex(scan, elsewhere), std::nullopt);
    }

    // Calls outside the script are placed in their file, or in their decoded layer of it, with a line of that text.
    void callsOutsideTheScript() {
        const mph::ScanResult scan = fixture::makeScanWithReach();
        const CaseContext context = caseContext(scan, 0, QByteArray::fromStdString(fixture::kSetupPy));
        QCOMPARE(context.calls.size(), 7);
        QCOMPARE(context.calls[3], (CallSite{"os.system", 6})); // the script's own calls are unchanged
        QCOMPARE(context.calls[5], (CallSite{"requests.post", 3, "Evil_Pkg.Name-1.0/evil_pkg/_hooks.py", 0}));
        QCOMPARE(context.calls[6], (CallSite{"os.system", 2, "Evil_Pkg.Name-1.0/setup.py", 1}));
        QCOMPARE(callPlace(context.calls[6]), QString("Evil_Pkg.Name-1.0/setup.py (layer 1):2"));
        QCOMPARE(context.sourceTexts.value("Evil_Pkg.Name-1.0/evil_pkg/_hooks.py"),
                 QByteArray::fromStdString(fixture::kHooksPy));
        QCOMPARE(context.sourceTexts.value("Evil_Pkg.Name-1.0/setup.py (layer 1)"),
                 QByteArray::fromStdString(fixture::kLayerPy));

        CaseFile c = seedCase(scan, 0);
        c.evidence = {{"", 6, 7, "payload"}, {"Evil_Pkg.Name-1.0/evil_pkg/_hooks.py", 3, 3, "posts the data"}};
        const QString html = caseReportHtml(c, context);
        QVERIFY2(html.contains("<code>requests.post</code> (<code>Evil_Pkg.Name-1.0/evil_pkg/_hooks.py:3</code>)"),
                 qPrintable(html));
        QVERIFY2(html.contains("<code>os.system</code> (line 6; <code>Evil_Pkg.Name-1.0/setup.py (layer 1):2</code>)"),
                 qPrintable(html));
        QVERIFY2(html.contains("<code>exec</code> (line 8)"), qPrintable(html));
        // The evidence in the hooks file shows its line, highlighted; the script's evidence stays in the script.
        QVERIFY2(html.contains("<code>Evil_Pkg.Name-1.0/evil_pkg/_hooks.py</code>, line 3: posts the data"),
                 qPrintable(html));
        QVERIFY2(html.contains("<tr bgcolor=\"#ffe08a\"><td align=\"right\" width=\"5%\" class=\"ln\">3</td><td "
                               "width=\"95%\" class=\"code\">requests.post('https://x.invalid', data=b'')</td></tr>"),
                 qPrintable(html));
    }

    void htmlContents() {
        const Fixture f = makeFixture();
        const QString html = caseReportHtml(f.caseFile, f.context);
        QVERIFY(html.contains("Evil_Pkg.Name 1.0"));
        QVERIFY(html.contains("Verdict: Malicious"));
        QVERIFY(html.contains(QString(64, 'a')));
        QVERIFY(html.contains("<b>0.6875</b>"));
        QVERIFY(html.contains(">0.9000<"));
        QVERIFY(html.contains(">0.2500<"));
        QVERIFY(html.contains(">0.0036<"));
        QVERIFY(html.contains(">0.4964<"));
        // 0.4964 * 0.9 / 2 = 0.22338, (1 - 0.4964) * (2 - 0.25) / 2 = 0.44065
        QVERIFY2(html.contains("= 0.2234 + 0.4407 = 0.6640"), qPrintable(html));
        QVERIFY(html.contains("Map position: (1.250, -0.750)."));
        QVERIFY(html.contains("Outlier"));
        QVERIFY(html.contains("known-bad 0.1"));
        QVERIFY(html.contains("Base64 payload &lt;runs&gt; curl | sh.\nSecond line."));
        QVERIFY(html.contains("Runs at install: pip executes setup.py and its custom commands (install)"));
        // The script: code escaped, evidence lines 6-7 highlighted and no other, the blank run made visible.
        QVERIFY(html.contains("exec('&lt;b&gt;&amp;&lt;/b&gt;')"));
        const QRegularExpression highlighted(
            QStringLiteral("<tr bgcolor=\"#ffe08a\"><td align=\"right\" width=\"5%\" class=\"ln\">(\\d+)<"));
        QStringList lines;
        for (auto it = highlighted.globalMatch(html); it.hasNext();)
            lines.append(it.next().captured(1));
        QCOMPARE(lines, (QStringList{"6", "7"}));
        QVERIFY2(html.contains("x = 1<span style=\"color:#b00000\"><i>[40 blanks]</i></span>; exec"), qPrintable(html));
    }

    // The demo ranks with the contrastive formula: the report names its terms and prints that formula, and the formula
    // line, evaluated, gives the printed score. Its indicators are listed, and code is set in a font that tells O from
    // 0 and l from 1 and I.
    void demoReportShowsTheFormulaUsed() {
        const DemoReport r = demoReport("syscfg-tools", mph::Scope::Install);
        QVERIFY(r.context.valid);
        QCOMPARE(r.context.formula.method, mph::RankingMethod::Contrastive);
        QVERIFY2(r.html.contains("0.2 · d_k/2 + 0.8 · (d_nb − d_m + 2)/4 + 0.08 · evidence + 0.02 · capability"),
                 qPrintable(r.html));
        QVERIFY2(!r.html.contains("W_b"), qPrintable(r.html)); // not the paper's formula
        QVERIFY(r.html.contains("d_nb (distance to the nearest benign script)"));
        const QRegularExpression worked(QStringLiteral("<code>([^<]*) = ([^<=]*) = ([0-9.]+)</code>"));
        const QRegularExpressionMatch match = worked.match(r.html);
        QVERIFY2(match.hasMatch(), qPrintable(r.html));
        const std::optional<double> value = formula_eval::evaluate(match.captured(1).toStdString());
        QVERIFY2(value, qPrintable(match.captured(1)));
        QVERIFY2(std::abs(*value - r.caseFile.score) < 5e-4, qPrintable(match.captured(0)));
        QCOMPARE(match.captured(3), QString::number(r.caseFile.score, 'f', 4));
        QVERIFY(r.html.contains(QStringLiteral("<b>%1</b>").arg(QString::number(r.caseFile.score, 'f', 4))));

        QVERIFY2(r.html.contains("Indicators of compromise"), qPrintable(r.html));
        QVERIFY(r.html.contains("<code>https://c2.example.invalid/s</code>"));
        QVERIFY(r.html.contains("<code>c2.example.invalid</code>"));
        QVERIFY(r.html.contains("font-family: 'Hack', 'JetBrains Mono', 'DejaVu Sans Mono', monospace"));
        // A benign demo package has no indicators section.
        QVERIFY(!demoReport("nimbus-sdk-auth", mph::Scope::Install).html.contains("Indicators of compromise"));
    }

    void longScriptsAreCut() {
        Fixture f = makeFixture();
        f.context.scriptText = QByteArray("print(1)\n").repeated(12);
        ReportOptions options;
        options.maxScriptLines = 10;
        const QString html = caseReportHtml(f.caseFile, f.context, options);
        QVERIFY(html.contains("class=\"ln\">10<"));
        QVERIFY(!html.contains("class=\"ln\">11<"));
        QVERIFY(html.contains("2 more lines not shown."));
    }

    void filesOnDisk() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Fixture f = makeFixture();
        const QString html = caseReportHtml(f.caseFile, f.context);
        const QString htmlPath = dir.filePath("case.html");
        QCOMPARE(saveHtmlReport(html, htmlPath), QString());
        QFile htmlFile(htmlPath);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(htmlFile.readAll()), html);

        const QString pdfPath = dir.filePath("case.pdf");
        QCOMPARE(savePdfReport(html, pdfPath, "Case report"), QString());
        // MPH_KEEP_REPORT=<folder> keeps the HTML and PDF for looking at them (e.g. pdftoppm -png case.pdf page).
        if (qEnvironmentVariableIsSet("MPH_KEEP_REPORT")) {
            const QDir keep(qEnvironmentVariable("MPH_KEEP_REPORT"));
            QFile::remove(keep.filePath("case.pdf"));
            QFile::remove(keep.filePath("case.html"));
            QFile::copy(pdfPath, keep.filePath("case.pdf"));
            QFile::copy(htmlPath, keep.filePath("case.html"));
        }
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        // A4 pages (595 x 842 points): one or two for this short case, depending on the fonts installed.
        const qsizetype shortPages = bytes.count("/MediaBox [0 0 595.000000 842.000000]");
        QVERIFY2(shortPages >= 1 && shortPages <= 2, qPrintable(QString::number(shortPages)));
        QCOMPARE(savePdfReport(html, dir.filePath("missing/x.pdf")).isEmpty(), false);

        // A long script paginates.
        Fixture longer = makeFixture();
        longer.context.scriptText = QByteArray("os.system('echo hello world')\n").repeated(400);
        QCOMPARE(savePdfReport(caseReportHtml(longer.caseFile, longer.context), pdfPath), QString());
        QFile longPdf(pdfPath);
        QVERIFY(longPdf.open(QIODevice::ReadOnly));
        // 400 more lines at about 60 lines per page.
        QVERIFY(longPdf.readAll().count("/MediaBox [0 0 595.000000 842.000000]") >= shortPages + 5);
    }
};

QTEST_MAIN(TestExportReport)
#include "tst_export_report.moc"
