#include "util/TextHash.h"

#include <QSet>
#include <QTest>

using namespace rullering;

class TestTextHash : public QObject
{
    Q_OBJECT

private slots:
    void equalTextsHashEqual();
    void everyCharacterCounts();
    void seedChangesTheHash();
    void fewCollisionsInTheLowBits();
    void mapLooksUpByView();
    void bytesHashLikeText();
};

// Texts of every length the hash reads differently: empty, under 8 bytes, 8-16 bytes, and the 16-byte loop.
static QString textOfLength(qsizetype length, char16_t first = u'a')
{
    QString text;
    for (qsizetype i = 0; i < length; ++i)
        text.append(QChar(char16_t(first + i % 26)));
    return text;
}

void TestTextHash::equalTextsHashEqual()
{
    for (qsizetype length = 0; length <= 40; ++length) {
        const QString a = textOfLength(length);
        const QString b(a.constData(), a.size()); // another copy, not shared
        QCOMPARE(textHash(b, 42), textHash(a, 42));
        QCOMPARE(textHash(QStringView(a).mid(0), 42), textHash(a, 42));
    }
}

void TestTextHash::everyCharacterCounts()
{
    // Changing any one character of any length changes the hash: no byte of the tail or the loop is left out.
    for (qsizetype length = 1; length <= 40; ++length) {
        const QString text = textOfLength(length);
        const size_t hash = textHash(text, 7);
        for (qsizetype i = 0; i < length; ++i) {
            QString changed = text;
            changed[i] = QChar(char16_t(changed[i].unicode() ^ 0x100)); // the character's high byte
            QVERIFY2(textHash(changed, 7) != hash,
                     qPrintable(QStringLiteral("length %1, character %2").arg(length).arg(i)));
            changed = text;
            changed[i] = u'#';
            QVERIFY2(textHash(changed, 7) != hash,
                     qPrintable(QStringLiteral("length %1, character %2").arg(length).arg(i)));
        }
        // A text and the same text one character longer (the tail reads overlap).
        QVERIFY(textHash(QString(text + u'a'), 7) != hash);
    }
    QVERIFY(textHash(QString(), 7) != textHash(QStringLiteral("a"), 7));
}

void TestTextHash::seedChangesTheHash()
{
    for (qsizetype length = 0; length <= 40; ++length)
        QVERIFY(textHash(textOfLength(length), 1) != textHash(textOfLength(length), 2));
}

void TestTextHash::fewCollisionsInTheLowBits()
{
    // Names as an import meets them: a shared prefix and a number. 2,000 of them into 4,096 buckets: about 400
    // share a bucket with an earlier one when the hash spreads them evenly (2000 - 4096 * (1 - e^(-2000/4096))).
    QSet<size_t> buckets;
    for (int i = 0; i < 2000; ++i)
        buckets.insert(textHash(QStringLiteral("Dalsfjord ungdomsskole %1").arg(i), 99) & 4095);
    QVERIFY2(buckets.size() > 1500, qPrintable(QString::number(buckets.size())));
}

void TestTextHash::mapLooksUpByView()
{
    TextMap<int> map;
    map.emplace(QStringLiteral("Molde"), 1);
    map.emplace(QStringLiteral("Ålesund"), 2);
    const QString line = QStringLiteral("Ålesund;Molde");
    QCOMPARE(map.find(QStringView(line).left(7))->second, 2);
    QCOMPARE(map.find(QStringView(line).mid(8))->second, 1);
    QVERIFY(map.find(QStringView(line).left(6)) == map.end());
}

void TestTextHash::bytesHashLikeText()
{
    // One function over bytes: a text's UTF-16 bytes hash as the text does, and a UTF-8 map finds by a view.
    for (qsizetype length = 0; length <= 40; ++length) {
        const QString text = textOfLength(length);
        const QByteArrayView bytes(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        QCOMPARE(textHash(bytes, 5), textHash(text, 5));
    }
    Utf8Map<int> models;
    models.emplace(QByteArrayLiteral("Latitude 5490"), 1);
    const QByteArray row = QByteArrayLiteral("Latitude 5490;2018");
    QCOMPARE(models.find(QByteArrayView(row).first(13))->second, 1);
    QVERIFY(models.find(QByteArrayView(row).first(12)) == models.end());
}

QTEST_GUILESS_MAIN(TestTextHash)
#include "test_text_hash.moc"
