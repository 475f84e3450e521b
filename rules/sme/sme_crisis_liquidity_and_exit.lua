-- Lesson 47: in a systemic crisis, give SMEs temporary, targeted liquidity
-- tied to restructuring (Korea 1998 [L722]), and support exit or conversion
-- of marginal firms [L762]. Liquidity without a sunset, or still running
-- after the crisis, slides into lesson 42's untargeted operating capital.
local CL = "sme.crisis_liquidity."

local function cite(quote, lines)
  return { chapter = 2, section = "SME Promotion Policy", quote = quote, lines = lines }
end

local function judge_liquidity(p, ctx, crisis)
  local present = ctx:get(CL .. "present")
  if present == nil then
    -- emergency liquidity matters during a crisis: then it is a data gap
    if crisis then ctx:missing(CL .. "present") end
    return
  end
  local absent, absent_evidence = ctx:check{ field = CL .. "present", op = "==", threshold = false }
  if absent then
    if not crisis then return end
    ctx:finding{
      id = "crisis_without_sme_liquidity",
      severity = "advice",
      title = "A financial crisis is under way and SMEs have no emergency liquidity",
      message = "A banking or currency crisis is under way and there is no emergency liquidity " ..
        "for SMEs. In 1998 Korea drew up 'emergency measures to ease the financial difficulties " ..
        "of SMEs': loan extensions, central-bank credit, direct policy loans, a crisis desk and " ..
        "trade finance [L722]. Provide it temporarily, with a sunset, targeted at viable firms " ..
        "and tied to restructuring.",
      evidence = { { field = "macro.financial_crisis" }, absent_evidence },
      measures = { "sme_crisis_liquidity_temporary" },
      source = cite("emergency measures to ease the financial difficulties of SMEs", "L722"),
    }
    return
  end
  -- it runs: without an end date, or (in a crisis) not tied to restructuring; the sunset is
  -- always needed, the tie only during a crisis
  local reasons, evidence = {}, { { field = "macro.financial_crisis" }, { field = CL .. "present" } }
  local open_ended, sunset_evidence = ctx:check{ field = CL .. "sunset", op = "==", threshold = false }
  if open_ended then
    reasons[#reasons + 1] = "it has no end date"
    evidence[#evidence + 1] = sunset_evidence
  end
  if crisis or ctx:get(CL .. "tied_to_restructuring") ~= nil then
    local untied, tied_evidence = ctx:check{ field = CL .. "tied_to_restructuring", op = "==",
                                             threshold = false }
    if untied then
      reasons[#reasons + 1] = "it is not tied to restructuring"
      evidence[#evidence + 1] = tied_evidence
    end
  end
  if #reasons == 0 then return end
  local since = ctx:get(CL .. "since")
  ctx:finding{
    id = crisis and "open_ended_crisis_liquidity" or "crisis_liquidity_outlives_crisis",
    severity = "warning",
    title = crisis and "Emergency SME liquidity is open-ended or not tied to restructuring"
      or "Emergency SME liquidity continues after the crisis",
    message = string.format("Emergency liquidity for SMEs runs%s%s, and %s. Crisis liquidity " ..
      "is a bridge to restructuring (Korea's second structural improvement project ran " ..
      "alongside it from 1998 [L722]); open-ended, it becomes the untargeted operating-capital " ..
      "support the report rates a failure [L768] and props up firms that should exit or " ..
      "convert. Set a sunset, tie continued support to a restructuring plan and help " ..
      "marginal firms exit.", since and string.format(" since %d", since) or "",
      crisis and "" or " although no crisis is under way", table.concat(reasons, " and ")),
    evidence = evidence,
    measures = { "sme_crisis_liquidity_temporary", "sme_exit_conversion_support" },
  }
end

local function judge_exit(p, ctx)
  local share, support = ctx:need("sme.marginal_firms_pct", "sme.exit_conversion_support")
  if share == nil or support == nil then return end
  local unsupported, support_evidence = ctx:check{ field = "sme.exit_conversion_support", op = "==",
                                                   threshold = false }
  if not unsupported then return end
  local many, share_evidence = ctx:check{ field = "sme.marginal_firms_pct", op = ">",
                                          config = "marginal_firms_max_pct" }
  if not many then return end
  ctx:finding{
    id = "no_exit_support_for_marginal_firms",
    severity = "advice",
    title = "Many marginal SMEs and no help to exit or convert",
    message = string.format("%.0f%% of SMEs are marginal and there is no support for exit or " ..
      "conversion. Korea's SMBA encouraged marginal companies 'to liquidate completely or " ..
      "transition to more competitive business lines' [L762] and set up an SME M&A Center in " ..
      "1998 [L722].", share),
    evidence = { share_evidence, support_evidence },
    measures = { "sme_exit_conversion_support", "sme_ma_center" },
    source = cite("Marginal companies were encouraged to liquidate completely or transition to " ..
      "more competitive business lines.", "L762"),
  }
end

return {
  id = "sme_crisis_liquidity_and_exit",
  title = "Crisis liquidity for SMEs must be temporary and tied to restructuring and exit",
  source = cite("emergency measures to ease the financial difficulties of SMEs", "L722"),
  requires = { "macro.financial_crisis" },
  tags = { "sme", "finance", "crisis" },
  measures = { "sme_crisis_liquidity_temporary", "sme_exit_conversion_support", "sme_ma_center" },

  evaluate = function(p, ctx)
    judge_liquidity(p, ctx, ctx:check{ field = "macro.financial_crisis", op = "==", threshold = true })
    judge_exit(p, ctx)
  end,
}
