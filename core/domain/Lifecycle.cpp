#include "Lifecycle.h"

#include "util/TextHash.h"

#include <QCoreApplication>

#include <array>

namespace rullering {
namespace {

constexpr int StateCount = 7;
using S = LifecycleState;

// Rows: from; columns: to. Read as "a device in <row> may become <column>".
// Replaced is reached only from InUse (by a swap); Retired is final.
constexpr std::array<std::array<bool, StateCount>, StateCount> Transitions = {{
    //            Ordered InStock InUse  InPool Replaced Retired Lost
    /* Ordered  */ {false, true, true, false, false, true, true},
    /* InStock  */ {false, false, true, true, false, true, true},
    /* InUse    */ {false, true, false, true, true, true, true},
    /* InPool   */ {false, true, true, false, false, true, true},
    /* Replaced */ {false, true, false, false, false, true, true},
    /* Retired  */ {false, false, false, false, false, false, false},
    /* Lost     */ {false, true, true, false, false, true, false},
}};

} // namespace

QList<LifecycleState> allLifecycleStates()
{
    return {S::Ordered, S::InStock, S::InUse, S::InPool, S::Replaced, S::Retired, S::Lost};
}

QString lifecycleStateKey(LifecycleState state)
{
    switch (state) {
    case S::Ordered:
        return QStringLiteral("ordered");
    case S::InStock:
        return QStringLiteral("in_stock");
    case S::InUse:
        return QStringLiteral("in_use");
    case S::InPool:
        return QStringLiteral("in_pool");
    case S::Replaced:
        return QStringLiteral("replaced");
    case S::Retired:
        return QStringLiteral("retired");
    case S::Lost:
        break;
    }
    return QStringLiteral("lost");
}

QString lifecycleStateName(LifecycleState state)
{
    switch (state) {
    case S::Ordered:
        return QCoreApplication::translate("LifecycleState", "Ordered");
    case S::InStock:
        return QCoreApplication::translate("LifecycleState", "In stock");
    case S::InUse:
        return QCoreApplication::translate("LifecycleState", "In use");
    case S::InPool:
        return QCoreApplication::translate("LifecycleState", "In pool");
    case S::Replaced:
        return QCoreApplication::translate("LifecycleState", "Replaced");
    case S::Retired:
        return QCoreApplication::translate("LifecycleState", "Retired");
    case S::Lost:
        break;
    }
    return QCoreApplication::translate("LifecycleState", "Lost");
}

std::optional<LifecycleState> parseLifecycleState(const QString& text)
{
    static const TextMap<LifecycleState> names = {
        {QStringLiteral("ordered"), S::Ordered},    {QStringLiteral("bestilt"), S::Ordered},
        {QStringLiteral("in_stock"), S::InStock},   {QStringLiteral("in stock"), S::InStock},
        {QStringLiteral("instock"), S::InStock},    {QStringLiteral("på lager"), S::InStock},
        {QStringLiteral("lager"), S::InStock},      {QStringLiteral("in_use"), S::InUse},
        {QStringLiteral("in use"), S::InUse},       {QStringLiteral("inuse"), S::InUse},
        {QStringLiteral("active"), S::InUse},       {QStringLiteral("i bruk"), S::InUse},
        {QStringLiteral("aktiv"), S::InUse},        {QStringLiteral("in_pool"), S::InPool},
        {QStringLiteral("in pool"), S::InPool},     {QStringLiteral("inpool"), S::InPool},
        {QStringLiteral("i pool"), S::InPool},      {QStringLiteral("replaced"), S::Replaced},
        {QStringLiteral("erstattet"), S::Replaced}, {QStringLiteral("byttet"), S::Replaced},
        {QStringLiteral("retired"), S::Retired},    {QStringLiteral("utfaset"), S::Retired},
        {QStringLiteral("kassert"), S::Retired},    {QStringLiteral("lost"), S::Lost},
        {QStringLiteral("tapt"), S::Lost},          {QStringLiteral("savnet"), S::Lost},
    };
    const QString key = text.trimmed().toLower();
    if (const auto it = names.find(key); it != names.end())
        return it->second;
    for (LifecycleState state : allLifecycleStates()) {
        if (lifecycleStateName(state).compare(key, Qt::CaseInsensitive) == 0)
            return state;
    }
    return std::nullopt;
}

bool isTransitionAllowed(LifecycleState from, LifecycleState to)
{
    return Transitions[static_cast<size_t>(from)][static_cast<size_t>(to)];
}

QList<LifecycleState> allowedTransitions(LifecycleState from)
{
    QList<LifecycleState> result;
    for (LifecycleState to : allLifecycleStates()) {
        if (isTransitionAllowed(from, to))
            result.append(to);
    }
    return result;
}

QString transitionRefusal(LifecycleState from, LifecycleState to)
{
    if (from == to)
        return QCoreApplication::translate("LifecycleState", "The device is already %1.").arg(lifecycleStateName(to));
    if (to == S::Replaced)
        return QCoreApplication::translate("LifecycleState",
                                           "Only a device in use can be replaced, and only by a swap; this one is %1.")
            .arg(lifecycleStateName(from));
    return QCoreApplication::translate("LifecycleState", "A device that is %1 cannot become %2.")
        .arg(lifecycleStateName(from), lifecycleStateName(to));
}

} // namespace rullering
