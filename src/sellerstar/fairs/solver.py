"""The student-optimal stable allocation of a fair, by deferred acceptance.

``matching.games.HospitalResident`` (MIT) is the well-kept implementation: students are its
residents, positions its hospitals. It gets only strict, mutually acceptable preferences
(:func:`sellerstar.domain.fairs.prepare` makes them), so it neither warns nor drops anyone;
its answer is checked here for feasibility and stability before anyone sees it.
"""

from __future__ import annotations

import warnings

from matching.games import HospitalResident

from sellerstar.domain.fairs import Fair, FairInputError, blocking_pairs, check_feasible


def allocate(fair: Fair) -> dict[str, str]:
    """Student → position: the student-optimal stable allocation of ``fair``.

    Raises :class:`FairInputError` if the solver's answer were infeasible or unstable (it
    never should be: the check keeps a library defect from reaching a published result).
    """
    residents = {who: list(prefs) for who, prefs in fair.student_prefs.items() if prefs}
    hospitals = {pid: list(order) for pid, order in fair.position_prefs.items() if order}
    allocation: dict[str, str] = {}
    if residents:
        capacities = {pid: fair.positions[pid].capacity for pid in hospitals}
        with warnings.catch_warnings():
            # The inputs are clean by construction; a warning would mean they are not.
            warnings.simplefilter("error")
            game = HospitalResident.create_from_dictionaries(residents, hospitals, capacities)
            matching = game.solve(optimal="resident")
        for hospital, matched in matching.items():
            for resident in matched:
                allocation[str(resident.name)] = str(hospital.name)
    check_feasible(fair, allocation)
    if blocking_pairs(fair, allocation):
        raise FairInputError("the solver's allocation is not stable")
    return allocation
