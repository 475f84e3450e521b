-- Lesson 31: in catch-up, give SMEs long-term facility finance through a
-- dedicated SME bank and funds (IBK 1961 [L629]); treat mandatory SME
-- lending ratios (Korea from 1965 [L633]) as a transitional tool of a
-- repressed financial system, with a sunset; let SMEs discount the bills
-- large buyers pay them with (1969 [L633]).
local stage_of = require("sme.stage")
local F = "finance."

local function cite(quote, lines, footnote)
  return { chapter = 2, section = "SME Promotion Policy", footnote = footnote, quote = quote,
           lines = lines }
end

-- Each arrangement must be known: an unknown one is a data gap.
local function judge_facility_finance(p, ctx)
  local no_bank, bank_evidence = ctx:check{ field = "institutions.sme_development_bank.present",
                                            op = "==", threshold = false }
  if not no_bank then return end
  local no_facility, facility_evidence = ctx:check{ field = F .. "sme_long_term_facility_finance",
                                                    op = "==", threshold = false }
  if not no_facility then return end
  -- the stage sets the severity (unknown: a data gap, and advice)
  local catch_up = ctx:check{ field = "derived.stage.id", op = "==", threshold = "catch_up" }
  ctx:finding{
    id = "no_long_term_sme_facility_finance",
    severity = catch_up and "warning" or "advice",
    title = "SMEs cannot borrow long-term to modernize their facilities",
    message = "There is no SME development bank and no long-term facility finance for SMEs. " ..
      "Korea's IBK (1961) 'had played a pivotal role in supporting the modernization of SME " ..
      "facilities' [L629], and in 1966 US$30 million was earmarked as long-term SME facility " ..
      "funds (fn 33 [L631]). " .. (catch_up and "In catch-up this is the first finance measure: " ..
      "set up a dedicated SME bank with long-term facility loans, and secure the foreign " ..
      "exchange to import machinery, without which Korea's early loans could not modernize " ..
      "anything (fn 33)." or "Past catch-up, prefer guarantees and market lenders; a " ..
      "dedicated bank still fills the long-term facility gap where banks will not lend long."),
    evidence = { bank_evidence, facility_evidence, stage_of.evidence(p) },
    measures = { "sme_development_bank", "sme_facility_modernization_loans" },
    source = cite("had played a pivotal role in supporting the modernization of SME facilities", "L629"),
  }
end

local function judge_lending_ratio(p, ctx)
  -- a mandatory ratio in force (whether there is one must be known)
  local mandated, ratio_evidence = ctx:check{ field = F .. "mandatory_sme_lending_ratio_pct", op = ">",
    threshold = 0, note = "Korea: commercial banks 30-45%, regional banks 30-80% (1965-92)" }
  if not mandated then return end
  local ratio = p.finance.mandatory_sme_lending_ratio_pct
  local sunset = ctx:get(F .. "mandatory_sme_lending_ratio_sunset_year")
  local evidence = { ratio_evidence }
  local parts = {}
  -- in an otherwise liberalized credit system (unknown: a data gap)
  local liberalized, directed_evidence = ctx:check{ field = F .. "directed_credit_to_priority_sectors",
                                                    op = "==", threshold = false }
  if liberalized then
    parts[#parts + 1] = "banks are otherwise free to allocate credit, so the ratio is a " ..
      "repressed-system tool in a liberalized system: it raises SME loan volume without " ..
      "risk assessment"
    evidence[#evidence + 1] = directed_evidence
  end
  -- no sunset year stated: the ratio has no scheduled end
  if sunset == nil then
    parts[#parts + 1] = "it has no scheduled end"
  end
  if #parts == 0 then return end
  ctx:finding{
    id = "mandatory_sme_lending_ratio_not_transitional",
    severity = "advice",
    title = "The mandatory SME lending ratio is not treated as transitional",
    message = string.format("Banks must lend %.0f%% of their loans to SMEs, and %s. Korea used " ..
      "such ratios from 1965 [L633], raising them repeatedly while credit was directed " ..
      "(commercial banks 30 to 45%%, regional banks 30 to 80%% by 1992 [L645], [L653], [L716]); " ..
      "the report does not evaluate them. Set a sunset, and move to credit guarantees and " ..
      "central-bank refinance allocated by each lender's SME loan performance (Korea's total " ..
      "limit system [L716]).", ratio, table.concat(parts, ", and ")),
    evidence = evidence,
    measures = { "central_bank_sme_refinance_performance_based", "sme_credit_guarantee_fund" },
    source = cite("In 1965, the government adopted a mandatory ratio of bank loans extended to SMEs.",
                  "L633"),
  }
end

local function judge_receivables(p, ctx)
  local no_discounting, discounting_evidence = ctx:check{ field = F .. "sme_receivables_discounting",
                                                          op = "==", threshold = false }
  if not no_discounting then return end
  ctx:finding{
    id = "no_sme_receivables_discounting",
    severity = "advice",
    title = "SMEs cannot discount the bills large buyers pay them with",
    message = "SMEs have no facility to discount the commercial bills they receive from large " ..
      "buyers, so late and deferred payment drains their working capital. Korea introduced a " ..
      "Commercial Paper Discount System in 1969 that 'discounted commercial papers received " ..
      "by SMEs from large companies' [L633].",
    evidence = { discounting_evidence },
    measures = { "sme_receivables_discounting" },
    source = cite("discounted commercial papers received by SMEs from large companies as proceeds",
                  "L633"),
  }
end

return {
  id = "sme_finance_dedicated_bank_lending_ratio",
  title = "Long-term SME facility finance first; mandatory lending ratios only as a transition",
  source = cite("had played a pivotal role in supporting the modernization of SME facilities", "L629"),
  requires = {},
  tags = { "sme", "finance" },
  measures = { "sme_development_bank", "sme_facility_modernization_loans",
               "central_bank_sme_refinance_performance_based", "sme_credit_guarantee_fund",
               "sme_receivables_discounting" },

  evaluate = function(p, ctx)
    judge_facility_finance(p, ctx)
    judge_lending_ratio(p, ctx)
    judge_receivables(p, ctx)
  end,
}
