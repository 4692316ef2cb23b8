#pragma once

#include "Planner.h"

#include <QList>
#include <QString>

namespace rullering {

// One line of a procurement list (bestillingsliste): what a municipality, or one of its departments, buys of
// one device type in the plan year.
struct ProcurementLine
{
    qint64 municipalityId = 0;
    QString municipality;
    qint64 departmentId = 0; // 0 when the municipality orders as a whole
    QString department;
    DeviceType type = DeviceType::Other;
    QString model;
    qint64 needed = 0;     // devices to replace this year (the plan in effect)
    qint64 fromSupply = 0; // covered by stock or a pool available this year
    qint64 quantity = 0;   // to buy: needed - fromSupply
    double unitPrice = 0;
    double total = 0; // quantity x unit price
};

struct ProcurementSubtotal
{
    qint64 municipalityId = 0;
    QString municipality;
    qint64 quantity = 0;
    double total = 0;
};

struct ProcurementList
{
    int year = 0;
    bool levelled = false;
    QList<ProcurementLine> lines;         // by municipality, then department, then type
    QList<ProcurementSubtotal> subtotals; // per municipality
    qint64 totalQuantity = 0;
    double totalAmount = 0;

    // Builds the list for one plan year. Where a municipality orders per department, its devices are counted
    // per department and the supply available to the municipality is handed to its departments in name order.
    static ProcurementList build(const PlanInput& input, const PlanResult& plan, int year);
};

} // namespace rullering
