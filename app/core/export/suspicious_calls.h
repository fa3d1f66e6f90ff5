#pragma once
// API calls that say what a script does when it runs, grouped by behaviour (the engine's table,
// ranking/call_behaviour.h). Names are the engine's normalised call names (last two dotted components, builtins
// bare). Used to write an OSV record's details and the report's summary.
#include "ranking/call_behaviour.h"

#include <QString>
#include <QStringList>

namespace mph::app {

using mph::Behaviour;

struct BehaviourCalls {
    Behaviour behaviour;
    QStringList calls; // distinct, in order of first appearance
};

// The behaviour of one call name, if it is one we know.
bool behaviourOf(const QString &call, Behaviour *behaviour);

// The behaviours shown by a sequence of call names, in the order of their first call.
QList<BehaviourCalls> behavioursOf(const QStringList &calls);

// English phrase for an OSV record ("runs shell commands"); OSV details are English by convention.
QString behaviourPhrase(Behaviour behaviour);
// Translated label for reports and the GUI ("Runs system commands").
QString behaviourLabel(Behaviour behaviour);

} // namespace mph::app
