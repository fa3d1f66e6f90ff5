// SHA-256 against the FIPS 180-4 / NIST CAVP example vectors, and the accelerated path against the portable one.
#include "corpus/sha256.h"

#include <QtTest>

#include <random>

class TestSha256 : public QObject {
    Q_OBJECT
  private slots:
    void vectors_data();
    void vectors();
    void millionA();
    void acceleratedMatchesPortableAtEveryLength();
};

void TestSha256::vectors_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("digest");
    QTest::newRow("empty") << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("abc") << QByteArray("abc") << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
    QTest::newRow("896 bits") << QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjk"
                                            "lmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
                              << "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1";
    QTest::newRow("one byte bd") << QByteArray("\xbd", 1)
                                 << "68325720aabd7c82f30f554b313d0570c95accbb7dc4b5aae11204c08ffe732b";
    QTest::newRow("55 bytes") << QByteArray(55, 'x') << "";
    QTest::newRow("56 bytes") << QByteArray(56, 'x') << "";
    QTest::newRow("64 bytes") << QByteArray(64, 'x') << "";
}

void TestSha256::vectors() {
    QFETCH(QByteArray, input);
    QFETCH(QString, digest);
    const std::string got = mph::sha256Hex(std::string_view(input.constData(), static_cast<std::size_t>(input.size())));
    // Rows without a published digest are checked against Qt's implementation (padding edge lengths).
    const QString expected =
        digest.isEmpty() ? QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex())
                         : digest;
    QCOMPARE(QString::fromStdString(got), expected);
}

void TestSha256::millionA() {
    const std::string input(1000000, 'a');
    QCOMPARE(mph::sha256Hex(input), std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
}

void TestSha256::acceleratedMatchesPortableAtEveryLength() {
    std::mt19937 random(7);
    std::string input;
    for (int length = 0; length <= 520; ++length) {
        const std::string fast = mph::sha256Hex(input);
        QCOMPARE(fast, mph::detail::sha256HexPortable(input));
        const QByteArray bytes(input.data(), static_cast<qsizetype>(input.size()));
        QCOMPARE(QString::fromStdString(fast),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        input.push_back(static_cast<char>(random() & 0xFF));
    }
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
