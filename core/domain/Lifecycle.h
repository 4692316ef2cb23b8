#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace rullering {

// Stored as its integer value: keep the numbers stable, add new states at the end.
enum class LifecycleState
{
    Ordered = 0,
    InStock = 1,
    InUse = 2,
    InPool = 3,
    Replaced = 4,
    Retired = 5,
    Lost = 6,
};

QList<LifecycleState> allLifecycleStates();
QString lifecycleStateKey(LifecycleState state);  // "in_use", ...
QString lifecycleStateName(LifecycleState state); // translated
std::optional<LifecycleState> parseLifecycleState(const QString& text);

// The explicit transition table. Moving to the same state is not a transition.
bool isTransitionAllowed(LifecycleState from, LifecycleState to);
QList<LifecycleState> allowedTransitions(LifecycleState from);
// Why a move is refused, for messages: "A retired device cannot become In use."
QString transitionRefusal(LifecycleState from, LifecycleState to);

} // namespace rullering
