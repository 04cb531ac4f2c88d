package be.cpas.rules.api;

/** The examples of the OpenAPI document. The tests post DECISION_REQUEST as the document shows it. */
public final class ApiExamples {

    /**
     * A cohabiting applicant in 2025 with a part-time wage, living with her partner who receives an
     * unemployment benefit: resources and a household, so the example shows both.
     */
    public static final String DECISION_REQUEST = """
            {
              "requestDate": "2025-03-10",
              "applicant": {
                "birthDate": "1991-06-21",
                "stayStatus": "BELGIAN",
                "maritalStatus": "LEGAL_COHABITATION",
                "emancipatedByMarriage": false,
                "pregnant": false,
                "childrenInCharge": 0,
                "extendedMinority": false,
                "childrenWithFamilyAllowances": 0,
                "studies": {"fullTime": false, "piisSigned": false, "studyGrant": false}
              },
              "residence": {
                "habitualResidenceInBelgium": true,
                "daysAbroadThisYear": 0,
                "homeless": false
              },
              "workAvailability": {"available": true},
              "otherRights": {"allBenefitsClaimed": true, "maintenanceClaimRequired": false},
              "household": [
                {
                  "relation": "PARTNER",
                  "birthDate": "1988-02-03",
                  "married": false,
                  "resources": [
                    {"type": "UNEMPLOYMENT_BENEFIT", "netAmount": 1210.50, "periodicity": "MONTHLY", "startDate": "2024-11-01"}
                  ]
                }
              ],
              "resources": [
                {"type": "WAGES", "netAmount": 480.00, "periodicity": "MONTHLY", "startDate": "2025-01-06",
                 "startedWhileOnRis": false, "exemptionMonthsUsed": 0}
              ],
              "capital": {"movableCapital": 1500.00},
              "properties": [],
              "cpasChoices": {"parentsAndAdultChildren": "NONE"},
              "legalAssumptions": {"generalExemptionStacksWithArt35": false}
            }
            """;

    /**
     * A person who lived in the street has just moved into a flat: the RIS, the installation premium, the competent
     * CPAS and the deadlines, in one decision.
     */
    public static final String HOMELESS_MOVING_IN = """
            {
              "requestDate": "2025-03-10",
              "applicant": {
                "birthDate": "1994-09-12",
                "stayStatus": "BELGIAN",
                "maritalStatus": "SINGLE",
                "emancipatedByMarriage": false,
                "pregnant": false,
                "childrenInCharge": 0,
                "extendedMinority": false,
                "childrenWithFamilyAllowances": 0,
                "studies": {"fullTime": false}
              },
              "residence": {"habitualResidenceInBelgium": true, "daysAbroadThisYear": 0, "homeless": false},
              "workAvailability": {"available": true},
              "otherRights": {"allBenefitsClaimed": true},
              "household": [],
              "resources": [],
              "capital": {"movableCapital": 0},
              "properties": [],
              "installationPremium": {
                "dwellingFound": true,
                "dwellingIsTransitHousing": false,
                "mainResidence": true,
                "previousSituation": "STREET",
                "receivesRis": false,
                "premiumReceivedBefore": false,
                "settlingWithAnotherHomelessPerson": false,
                "movingInDate": "2025-03-01"
              },
              "competence": {"habitualResidenceCommune": "Liège", "inEstablishment": false},
              "procedure": {"decisionDate": "2025-03-28", "notificationDate": "2025-04-02"}
            }
            """;

    /** A what-if on a person living alone: the coefficient 1.8 from 2025-06-01 (as written: 1.7410 from 2025-02-01). */
    public static final String SIMULATION_REQUEST = """
            {
              "dossier": {
                "requestDate": "2025-07-01",
                "applicant": {"birthDate": "1990-05-14", "stayStatus": "BELGIAN", "maritalStatus": "SINGLE",
                              "emancipatedByMarriage": false, "pregnant": false, "childrenInCharge": 0, "extendedMinority": false},
                "residence": {"habitualResidenceInBelgium": true, "daysAbroadThisYear": 0, "homeless": false},
                "workAvailability": {"available": true},
                "otherRights": {"allBenefitsClaimed": true},
                "household": [],
                "resources": [],
                "properties": []
              },
              "overrides": [
                {"parameter": "index.social_benefit_coefficient", "from": "2025-06-01", "value": 1.8000}
              ]
            }
            """;

    public static final String PROBLEM_400 = """
            {
              "type": "urn:cpas-rules:problem:invalid-request",
              "title": "Requête invalide",
              "status": 400,
              "detail": "2 champ(s) invalide(s) : voir errors.",
              "instance": "urn:uuid:5b8c1f0e-7f5a-4a53-9d3e-0c1b2a3d4e5f",
              "errors": [
                {"field": "applicant.birthDate", "message": "date impossible ou mal formée : format attendu AAAA-MM-JJ"},
                {"field": "resources[0].netAmount", "message": "doit être au moins 0"}
              ]
            }
            """;

    public static final String CONDITIONS_RESPONSE = """
            [
              {"condition": "RESIDENCE", "title": "Résidence effective et habituelle en Belgique",
               "legalReference": {"instrument": "Loi du 26 mai 2002 concernant le droit à l'intégration sociale", "article": "art. 3, 1°"}}
            ]
            """;

    private ApiExamples() {
    }

    /** One step of the trace of DECISION_REQUEST posted with trace=true (the decision's other fields as without trace). */
    public static final String TRACE_EXCERPT = """
            {
              "verdict": "GRANTED",
              "trace": [
                {
                  "order": 19,
                  "file": "L2002_art14_amount.drl",
                  "rule": "Art 14, §1: the yearly amount of the category",
                  "legalReferences": [
                    {"instrument": "Loi du 26 mai 2002 concernant le droit à l'intégration sociale", "article": "art. 14, §1"}
                  ],
                  "parametersRead": [
                    {"name": "ris.amount.category_1", "value": 10513.60, "unit": "EUR/year", "effectiveFrom": "2025-02-01",
                     "status": "C2", "source": "bdas-wwsb.brussels (?p=3321) and CPAS Ivry-Rance",
                     "legalReference": {"instrument": "Loi du 26 mai 2002 concernant le droit à l'intégration sociale",
                                        "article": "art. 14, §1, 1°"}},
                    {"name": "exemption.general.category_1", "value": 155, "unit": "EUR/year", "effectiveFrom": "2002-10-01",
                     "status": "C2", "source": "two secondary sources agree",
                     "legalReference": {"instrument": "AR du 11 juillet 2002 portant règlement général en matière de droit à l'intégration sociale",
                                        "article": "art. 22, §2"}}
                  ],
                  "factsRead": [
                    {"type": "CategoryOutcome",
                     "fact": {"category": "CATEGORY_1", "halfWith": null, "outcome": "MET",
                              "reasons": [{"code": "CATEGORY_1_COHABITANT",
                                           "legalReference": {"instrument": "Loi du 26 mai 2002 concernant le droit à l'intégration sociale",
                                                              "article": "art. 14, §1, 1°"},
                                           "args": [1]}],
                              "missingFacts": []},
                     "held": null}
                  ],
                  "concluded": [
                    {"type": "CategoryAmount", "fact": {"yearly": 10513.60, "generalExemption": 155.00}, "held": true},
                    {"type": "CalculationStep",
                     "fact": {"order": 100, "code": "CATEGORY_AMOUNT", "amount": 10513.60,
                              "legalReference": {"instrument": "Loi du 26 mai 2002 concernant le droit à l'intégration sociale",
                                                 "article": "art. 14, §1"},
                              "args": ["CATEGORY_1"]},
                     "held": true}
                  ]
                }
              ]
            }
            """;
}
