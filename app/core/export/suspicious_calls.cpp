#include "suspicious_calls.h"

#include <QCoreApplication>

#include <algorithm>

namespace mph::app {

namespace {

struct SuspiciousCalls {
    Q_DECLARE_TR_FUNCTIONS(SuspiciousCalls)
};

} // namespace

bool behaviourOf(const QString &call, Behaviour *behaviour) {
    const QByteArray name = call.toUtf8();
    const std::optional<CallBehaviour> found = callBehaviour(std::string_view(name.constData(), name.size()));
    if (!found) return false;
    if (behaviour) *behaviour = found->behaviour;
    return true;
}

QList<BehaviourCalls> behavioursOf(const QStringList &calls) {
    QList<BehaviourCalls> found;
    for (const QString &call : calls) {
        Behaviour behaviour;
        if (!behaviourOf(call, &behaviour)) continue;
        auto it =
            std::find_if(found.begin(), found.end(), [&](const BehaviourCalls &b) { return b.behaviour == behaviour; });
        if (it == found.end()) {
            found.append({behaviour, {call}});
        } else if (!it->calls.contains(call)) {
            it->calls.append(call);
        }
    }
    return found;
}

QString behaviourPhrase(Behaviour behaviour) {
    switch (behaviour) {
    case Behaviour::RunsCommands:
        return QStringLiteral("runs system commands");
    case Behaviour::ExecutesCode:
        return QStringLiteral("executes dynamically built code");
    case Behaviour::Network:
        return QStringLiteral("talks to the network");
    case Behaviour::Decodes:
        return QStringLiteral("decodes or decompresses hidden data");
    case Behaviour::WritesFiles:
        return QStringLiteral("writes, moves or deletes files");
    case Behaviour::ReadsSecrets:
        return QStringLiteral("reads the environment, user and host identity or the file system");
    case Behaviour::Persists:
        return QStringLiteral("sets up persistence");
    }
    return {};
}

QString behaviourLabel(Behaviour behaviour) {
    switch (behaviour) {
    case Behaviour::RunsCommands:
        return SuspiciousCalls::tr("Runs system commands");
    case Behaviour::ExecutesCode:
        return SuspiciousCalls::tr("Executes dynamically built code");
    case Behaviour::Network:
        return SuspiciousCalls::tr("Talks to the network");
    case Behaviour::Decodes:
        return SuspiciousCalls::tr("Decodes or decompresses hidden data");
    case Behaviour::WritesFiles:
        return SuspiciousCalls::tr("Writes, moves or deletes files");
    case Behaviour::ReadsSecrets:
        return SuspiciousCalls::tr("Reads the environment, user and host identity or the file system");
    case Behaviour::Persists:
        return SuspiciousCalls::tr("Sets up persistence");
    }
    return {};
}

} // namespace mph::app
