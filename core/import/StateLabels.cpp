#include "StateLabels.h"

#include <QHash>

#include <utility>

namespace rullering {
namespace {

using S = LifecycleState;

// Labels compared in lower case, with '-', '_' and '/' read as spaces. Where a label only says "not in use now"
// (broken, out for repair, undeployable) the state is In stock: Retired is final, and a device that comes back
// into use must be able to.
const std::pair<const char*, LifecycleState> Labels[] = {
    // Web asset systems (Snipe-IT's default status labels and their kind)
    {"ready to deploy", S::InStock},
    {"deployable", S::InStock},
    {"deployed", S::InUse},
    {"checked out", S::InUse},
    {"pending", S::Ordered},
    {"undeployable", S::InStock},
    {"archived", S::Retired},
    {"broken", S::InStock},
    {"out for repair", S::InStock},
    {"out for diagnostics", S::InStock},
    {"lost stolen", S::Lost},
    {"stolen", S::Lost},
    {"missing", S::Lost},
    // ServiceNow install_status / hardware_status
    {"installed", S::InUse},
    {"in use", S::InUse},
    {"in maintenance", S::InStock},
    {"pending install", S::InStock},
    {"pending repair", S::InStock},
    {"in stock", S::InStock},
    {"on order", S::Ordered},
    {"absent", S::Lost},
    {"retired", S::Retired},
    {"disposed", S::Retired},
    {"sold", S::Retired},
    {"donated", S::Retired},
    // Sheets
    {"in service", S::InUse},
    {"active", S::InUse},
    {"spare", S::InStock},
    {"storage", S::InStock},
    {"decommissioned", S::Retired},
    {"scrapped", S::Retired},
    {"written off", S::Retired},
    // Norwegian
    {"i drift", S::InUse},
    {"utlevert", S::InUse},
    {"utlånt", S::InUse},
    {"i bruk", S::InUse},
    {"ledig", S::InStock},
    {"klar til utlevering", S::InStock},
    {"klar for utlevering", S::InStock},
    {"reserve", S::InStock},
    {"til reparasjon", S::InStock},
    {"på service", S::InStock},
    {"defekt", S::InStock},
    {"ødelagt", S::InStock},
    {"bestilt", S::Ordered},
    {"under bestilling", S::Ordered},
    {"arkivert", S::Retired},
    {"avhendet", S::Retired},
    {"solgt", S::Retired},
    {"innlevert", S::Retired},
    {"stjålet", S::Lost},
    {"mistet", S::Lost},
    {"borte", S::Lost},
};

QString labelKey(const QString& label)
{
    QString key = label.trimmed().toLower();
    for (QChar& c : key) {
        if (c == u'-' || c == u'_' || c == u'/')
            c = u' ';
    }
    return key.simplified();
}

} // namespace

std::optional<LifecycleState> lifecycleStateFromLabel(const QString& label)
{
    if (const auto state = parseLifecycleState(label))
        return state;
    static const QHash<QString, LifecycleState> table = [] {
        QHash<QString, LifecycleState> result;
        for (const auto& [name, state] : Labels)
            result.insert(QString::fromUtf8(name), state);
        return result;
    }();
    const auto it = table.constFind(labelKey(label));
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace rullering
