#pragma once
// Shared by the history tests: raw SQLite access beside HistoryDatabase (to inspect or damage a file the way another
// program would), and file bytes.
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <atomic>

namespace mph::test {

// Runs `statements` on `path` through a connection of its own, then closes it; the last statement's first value.
inline QVariant rawSql(const QString &path, const QStringList &statements, QString *error = nullptr) {
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("raw_%1").arg(++counter);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            if (error) *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &sql : statements) {
                if (!query.exec(sql)) {
                    if (error) *error = sql + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
                value = query.next() ? query.value(0) : QVariant();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

inline QByteArray fileBytes(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace mph::test
