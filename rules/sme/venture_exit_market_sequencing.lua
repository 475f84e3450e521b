-- Lesson 48: venture capital needs an exit market (an OTC or dedicated SME
-- stock market) before it can work: Korea's early venture capital "had a
-- limited impact" for lack of one (fn 40 [L726]); the off-board market
-- (1987) was "a stepping stone to listing" [L702], KOSDAQ followed (1996
-- [L718]). From the transition stage, start-up rules for researchers and
-- incubators complete the sequence.
local stage_of = require("sme.stage")
local function cite(quote, lines, footnote, section)
  return { chapter = section == "Summary" and nil or 2, section = section or "SME Promotion Policy",
           footnote = footnote, quote = quote, lines = lines }
end

local function judge_exit_market(p, ctx, stage)
  -- whether SME shares can be resold: unknown is a data gap
  local no_market, market_evidence = ctx:check{ field = "finance.sme_equity_market", op = "==",
                                                threshold = false }
  if not no_market then return end
  -- venture capital shows in its volume or in a venture-capital market: either is enough, and
  -- both unknown is a data gap
  local vc_share = ctx:get("finance.venture_capital_pct_gdp")
  local vc_market = ctx:get("institutions.venture_capital_market.present")
  local evidence = { market_evidence }
  local vc
  if vc_share ~= nil then
    local invested, entry = ctx:check{ field = "finance.venture_capital_pct_gdp", op = ">", threshold = 0 }
    vc = invested
    evidence[#evidence + 1] = invested and entry or { field = "finance.venture_capital_pct_gdp" }
  end
  if vc_market ~= nil then
    local present, entry = ctx:check{ field = "institutions.venture_capital_market.present", op = "==",
                                      threshold = true }
    vc = vc or present
    evidence[#evidence + 1] = present and entry or { field = "institutions.venture_capital_market.present" }
  end
  if vc == nil then
    ctx:missing("finance.venture_capital_pct_gdp", "institutions.venture_capital_market.present")
  end
  if vc then
    ctx:finding{
      id = "venture_capital_without_exit_market",
      severity = "warning",
      title = "Venture capital is being built without a market to exit through",
      message = "Venture capital is invested but there is no secondary market for SME and " ..
        "venture shares. Korea's venture capital of the 1980s, about 100 projects a year, 'had " ..
        "a limited impact' because no dynamic over-the-counter market let investors resell " ..
        "(fn 40 [L726]); venture policy took effect only after the exit market and the 1997 " ..
        "crisis [L159]. Build the exit market (an OTC or dedicated SME board) before scaling " ..
        "venture funds.",
      evidence = evidence,
      measures = { "sme_equity_secondary_market" },
      source = cite("this type of venture capital had a limited impact", "L726", 40),
    }
  elseif vc == false and ctx:check{ field = "derived.stage.id", op = "~=", threshold = "catch_up" } then
    ctx:finding{
      id = "no_sme_equity_market",
      severity = "advice",
      title = "SMEs have no equity market to grow into",
      message = "There is neither venture capital nor a secondary market for SME shares. " ..
        "Korea opened an off-board market in 1987 as 'a stepping stone to listing on the " ..
        "exchange' [L702] and KOSDAQ later; venture certification and funds came after. Start " ..
        "with the exit market and objective venture criteria.",
      evidence = { market_evidence, stage_of.evidence(p) },
      measures = { "sme_equity_secondary_market", "venture_certification_criteria" },
      source = cite("was considered a stepping stone to listing on the exchange", "L702"),
    }
  end
end

local function judge_startup_base(p, ctx, stage)
  if not ctx:check{ field = "derived.stage.id", op = "~=", threshold = "catch_up" } then return end
  -- both sources must be known: an unknown one is a data gap
  local parts, evidence, measures = {}, {}, {}
  local barred, researchers_evidence = ctx:check{ field = "technology.researcher_startups_allowed",
                                                  op = "==", threshold = false }
  if barred then
    parts[#parts + 1] = "professors and public researchers may not take part in start-ups " ..
      "(Korea allowed dual duties and stock options in 1999 [L728])"
    evidence[#evidence + 1] = researchers_evidence
    measures[#measures + 1] = "professor_researcher_startup_rules"
  end
  local no_incubators, incubators_evidence = ctx:check{
    field = "institutions.business_incubators.present", op = "==", threshold = false }
  if no_incubators then
    parts[#parts + 1] = "there are no business incubators (Korea from 1992 [L718])"
    evidence[#evidence + 1] = incubators_evidence
    measures[#measures + 1] = "business_incubators"
  end
  if #parts == 0 then return end
  ctx:finding{
    id = "weak_technology_startup_base",
    severity = "advice",
    title = "Technology start-ups lack their usual sources",
    message = "In the " .. stage_of.name(stage) .. " stage, " ..
      table.concat(parts, "; and ") .. ". Venture finance needs a flow of technology " ..
      "start-ups from universities and research centres.",
    evidence = evidence,
    measures = measures,
  }
end

return {
  id = "venture_exit_market_sequencing",
  title = "Build the exit market before venture capital",
  source = cite("this type of venture capital had a limited impact", "L726", 40),
  requires = { "derived.stage.id" },
  tags = { "sme", "finance", "venture", "sequencing" },
  measures = { "sme_equity_secondary_market", "venture_certification_criteria",
               "professor_researcher_startup_rules", "business_incubators" },

  evaluate = function(p, ctx)
    local stage = p.derived.stage.id
    judge_exit_market(p, ctx, stage)
    judge_startup_base(p, ctx, stage)
  end,
}
