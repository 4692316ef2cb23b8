#include "Procurement.h"

#include <QCoreApplication>

#include <map>

namespace rullering {

ProcurementList ProcurementList::build(const PlanInput& input, const PlanResult& plan, int year)
{
    ProcurementList list;
    list.year = year;
    list.levelled = plan.policy.levelled;
    const PlanPolicy& policy = plan.policy;

    QHash<qint64, bool> perDepartment;
    for (const Municipality& municipality : input.municipalities)
        perDepartment.insert(municipality.id, municipality.ordersPerDepartment);
    for (auto it = policy.municipalities.cbegin(); it != policy.municipalities.cend(); ++it) {
        if (it->ordersPerDepartment)
            perDepartment.insert(it.key(), *it->ordersPerDepartment);
    }

    // Devices of this year per (municipality, department, type), only where the municipality orders per department.
    std::map<std::tuple<qint64, qint64, int>, qint64> departmentDemand;
    for (size_t i = 0; i < input.items.size(); ++i) {
        const PlanPlacement& placement = plan.placements[i];
        if (placement.status != PlanStatus::Planned || plan.planYear(placement) != year)
            continue;
        const PlanItem& item = input.items[i];
        if (perDepartment.value(item.municipalityId))
            ++departmentDemand[{item.municipalityId, item.departmentId, static_cast<int>(item.type)}];
    }

    for (const PlanRow& row : plan.rows) {
        if (row.year != year)
            continue;
        ProcurementSubtotal subtotal{row.municipalityId, row.municipality, 0, 0};
        auto addLine = [&](qint64 departmentId, DeviceType type, qint64 needed, qint64 fromSupply) {
            if (needed == 0)
                return;
            const StandardItem& standard = policy.standard(type);
            ProcurementLine line;
            line.municipalityId = row.municipalityId;
            line.municipality = row.municipality;
            line.departmentId = departmentId;
            if (departmentId != 0 || perDepartment.value(row.municipalityId))
                line.department = departmentId != 0
                                      ? input.departmentNames.value(departmentId, QString::number(departmentId))
                                      : QCoreApplication::translate("Procurement", "(no department)");
            line.type = type;
            line.model = standard.model;
            line.needed = needed;
            line.fromSupply = fromSupply;
            line.quantity = needed - fromSupply;
            line.unitPrice = standard.unitPrice;
            line.total = double(line.quantity) * standard.unitPrice;
            subtotal.quantity += line.quantity;
            subtotal.total += line.total;
            list.lines.append(line);
        };
        if (!perDepartment.value(row.municipalityId)) {
            for (DeviceType type : allDeviceTypes()) {
                const TypeFigures& figures = row.types[static_cast<int>(type)];
                addLine(0, type, figures.demand, figures.demand - figures.toBuy);
            }
        } else {
            // Departments in name order; each type's supply goes to them in that order until it is used up.
            QList<qint64> departments;
            for (const auto& [key, count] : departmentDemand) {
                if (std::get<0>(key) == row.municipalityId && !departments.contains(std::get<1>(key)))
                    departments.append(std::get<1>(key));
            }
            std::sort(departments.begin(), departments.end(), [&](qint64 a, qint64 b) {
                return QString::localeAwareCompare(input.departmentNames.value(a), input.departmentNames.value(b)) < 0;
            });
            std::array<qint64, DeviceTypeCount> supplyLeft{};
            for (int t = 0; t < DeviceTypeCount; ++t)
                supplyLeft[t] = row.types[t].demand - row.types[t].toBuy;
            for (qint64 department : departments) {
                for (DeviceType type : allDeviceTypes()) {
                    const int t = static_cast<int>(type);
                    const qint64 needed = departmentDemand[{row.municipalityId, department, t}];
                    const qint64 covered = std::min(needed, supplyLeft[t]);
                    supplyLeft[t] -= covered;
                    addLine(department, type, needed, covered);
                }
            }
        }
        if (subtotal.quantity > 0 || subtotal.total > 0 ||
            std::any_of(list.lines.cbegin(), list.lines.cend(),
                        [&](const ProcurementLine& l) { return l.municipalityId == row.municipalityId; })) {
            list.subtotals.append(subtotal);
            list.totalQuantity += subtotal.quantity;
            list.totalAmount += subtotal.total;
        }
    }
    return list;
}

} // namespace rullering
