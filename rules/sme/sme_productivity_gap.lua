-- Lesson 38: diagnose the SME-large firm productivity gap in its level, its
-- trend, its size-class composition and its branch pattern (Tables 2-2 to
-- 2-4). A low level and a widening gap are different problems: the rule
-- names each one separately, then explains a widening gap the way the report
-- explains Korea's 1980-92 widening [L798-800], [L837].
local sizeclass = require("sme.sizeclass")
local branches = require("sme.branches")

local RATIO = "sme.productivity_ratio_pct"
local SHARE = "sme.employment_share_pct"

local function pct(v) return string.format("%.1f", v) end

-- Findings that read one part of the tables cite that part.
local function cite(tbl, quote, lines)
  return { chapter = 2, section = "Structural Change in SMI and Evolution of Diffusion Policies",
           table = tbl, quote = quote, lines = lines }
end

-- Level: below Korea's 1992 value, or inside Japan's 1960-91 band.
local function judge_level(p, ctx, level, t, widening)
  local note = "Japan 1991 [L794]; Korea 1992: 47.0"
  local below_band, evidence = ctx:check{ field = RATIO .. ".all_sme", op = "<",
    config = "level_info_below", benchmark = sizeclass.JAPAN_PRODUCTIVITY_1991, note = note }
  if not below_band then return end
  local low, low_evidence = ctx:check{ field = RATIO .. ".all_sme", op = "<",
    config = "level_warning_below", benchmark = sizeclass.JAPAN_PRODUCTIVITY_1991, note = note }
  local trend_note
  if t == nil then
    trend_note = "Its trend is unknown (no earlier observation in history)."
  elseif widening then
    trend_note = "It is also widening (see the trend finding)."
  else
    trend_note = string.format("It is not widening (%s, %+.1f points per decade): this is a low " ..
      "level to raise, not a deterioration to stop.", sizeclass.describe(t), t.per_decade)
  end
  if low then
    ctx:finding{
      id = "sme_productivity_gap_low",
      severity = "warning",
      title = "SME productivity is far below large firms', lower than Korea's at its widest",
      message = string.format("Value added per worker in SMEs (5-299 persons) is %s%% of that in " ..
        "establishments with 300 or more, below Korea's 47.0 in 1992 and below Japan's whole " ..
        "1960-91 range (47.3 to 51.0, Table 2-3). %s Raise SMEs' receptor capacity first: " ..
        "technical assistance and extension for the smaller establishments, and skills and " ..
        "working conditions that let them hire qualified people.", pct(level), trend_note),
      evidence = { low_evidence },
      measures = { "diffusion_l2_technical_assistance_extension", "sme_skills_and_working_conditions" },
    }
  else
    local versus = level < sizeclass.JAPAN_PRODUCTIVITY_1991
      and "slightly larger than Japan's (49.5 in 1991), as the report reads Korea's 47.0 of 1992"
      or "no larger than Japan's (49.5 in 1991)"
    ctx:finding{
      id = "sme_productivity_gap_japan_band",
      severity = "info",
      title = "The SME productivity gap is within the range Japan lived with",
      message = string.format("Value added per worker in SMEs is %s%% of large establishments': " ..
        "a gap %s, inside Japan's 1960-91 range of 47.3 to 51.0. %s", pct(level), versus, trend_note),
      evidence = { evidence },
      source = cite("2-3", "The productivity differential between large firms and SMBs was " ..
        "slightly larger in Korea than in Japan", "L794"),
    }
  end
end

local function judge_trend(ctx, t, evidence)
  ctx:finding{
    id = "sme_productivity_gap_widening",
    severity = "warning",
    title = "The SME-large firm productivity gap is widening",
    message = string.format("SME value added per worker, as a share of large establishments', " ..
      "went from %s: %+.1f points over %d years. Korea's went from 55.0 (1980) to 47.0 (1992) " ..
      "while SMEs' employment share rose, largely because large firms contracted out work " ..
      "[L837]; a rising SME employment share is not success by itself [L861]. Find out " ..
      "whether the cause is inside each size class or a shift towards smaller " ..
      "establishments (the size-class findings of this rule), then build SMEs' receptor capacity through " ..
      "technical assistance and extension.", sizeclass.describe(t), t.change, t.years),
    evidence = evidence,
    measures = { "diffusion_l2_technical_assistance_extension" },
  }
end

-- Within-class decline: every size class lost ground against large firms.
local function judge_within_classes(p, ctx, need)
  local step = ctx:threshold("within_class_decline_points_per_decade")
  local declined, evidence, known = {}, {}, 0
  for _, c in ipairs(sizeclass.CLASSES) do
    local t = sizeclass.trend(p, ctx, RATIO .. "." .. c.key, need)
    if t then
      known = known + 1
      local fell, entries = sizeclass.check(ctx, t, "<=", -step)
      if fell then
        declined[#declined + 1] = string.format("%s %s", c.label, sizeclass.describe(t))
        for _, e in ipairs(entries) do evidence[#evidence + 1] = e end
      end
    end
  end
  if known < 2 or #declined < known then return end
  ctx:finding{
    id = "productivity_decline_within_size_classes",
    severity = "warning",
    title = "Every SME size class is losing ground against large firms",
    message = "Value added per worker fell relative to large establishments in every size " ..
      "class: " .. table.concat(declined, "; ") .. ". This is the first of the two causes the " ..
      "report finds for Korea's widening gap (5-19: 37.2 to 32.4; 20-99: 49.6 to 44.2; " ..
      "100-299: 67.3 to 66.2, 1980-92 [L800]): SMEs of every size fell behind, so the answer " ..
      "is upgrading inside firms (technical assistance, extension, skills), not only a " ..
      "different size mix.",
    evidence = evidence,
    measures = { "diffusion_l2_technical_assistance_extension", "sme_skills_and_working_conditions" },
    source = cite("2-2", "the value added per employee at SMBs in all size groups declined " ..
      "compared with that of large firms", "L796"),
  }
end

-- Composition: employment moved to the smaller establishments, whose gap is
-- larger, while medium establishments lost share.
local function judge_composition(p, ctx, need)
  local s1 = sizeclass.trend(p, ctx, SHARE .. ".size_5_19", need)
  local s2 = sizeclass.trend(p, ctx, SHARE .. ".size_20_99", need)
  local m = sizeclass.trend(p, ctx, SHARE .. ".size_100_299", need)
  local r1, r2, rm = ctx:get(RATIO .. ".size_5_19"), ctx:get(RATIO .. ".size_20_99"),
    ctx:get(RATIO .. ".size_100_299")
  if need then
    for _, k in ipairs({ "size_5_19", "size_20_99", "size_100_299" }) do
      if ctx:get(RATIO .. "." .. k) == nil then ctx:missing(RATIO .. "." .. k) end
    end
  end
  if not (s1 and s2 and m and r1 and r2 and rm) then return end
  local small_then = s1.earlier + s2.earlier
  local small_now = s1.value + s2.value
  local evidence = {}
  local function holds(held, entry)
    evidence[#evidence + 1] = entry
    return held
  end
  if not (holds(ctx:check{ field = SHARE, value = small_now - small_then, op = ">=",
                           config = "composition_shift_points", unit = "percentage points",
                           note = string.format("5-99 persons' share of employment, %s%% to %s%%",
                                                pct(small_then), pct(small_now)) })
          and holds(ctx:check{ trend = m, op = "<", threshold = 0, unit = "percentage points" })
          and holds(ctx:check{ field = RATIO .. ".size_5_19", op = "<", threshold = rm,
                               note = "smaller establishments have the larger gap" })
          and holds(ctx:check{ field = RATIO .. ".size_20_99", op = "<", threshold = rm })) then
    return
  end
  for _, t in ipairs({ s1, s2, m }) do
    evidence[#evidence + 1] = t.evidence[2]
    evidence[#evidence + 1] = t.evidence[1]
  end
  ctx:finding{
    id = "productivity_gap_composition_effect",
    severity = "advice",
    title = "Employment is shifting to the smallest, least productive establishments",
    message = string.format("Establishments of 5-99 persons went from %s%% to %s%% of " ..
      "manufacturing employment while those of 100-299 went from %s%% to %s%%, and the smaller " ..
      "classes have the larger gaps (5-19: %s, 20-99: %s, 100-299: %s). Part of the aggregate " ..
      "widening is this shift in size mix, the second cause the report finds for Korea " ..
      "(5-99: 28.6%% to 48.3%%; 100-299: 21.0%% to 17.5%%, 1980-92 [L800]). Aim technical " ..
      "assistance and extension at the small establishments, where the gap is largest.",
      pct(small_then), pct(small_now), pct(m.earlier), pct(m.value), pct(r1), pct(r2), pct(rm)),
    evidence = evidence,
    measures = { "diffusion_l2_technical_assistance_extension" },
    source = cite("2-2", "The productivity gap increased as the size of firms decreased.", "L800"),
  }
end

-- Branch pattern (Table 2-4): widening where large firms contract out,
-- narrowing where low value-added firms close.
local function judge_branches(p, ctx, need)
  local b = branches.gap_changes(p, ctx, need)
  if #b.machinery > 0 then
    ctx:finding{
      id = "outsourcing_driven_gap",
      severity = "warning",
      title = "The gap is widening in the branches where large firms contract out",
      message = "The SME-large firm productivity gap widened in machinery, electronics or " ..
        "transport equipment: " .. table.concat(b.machinery, "; ") .. (#b.widening > #b.machinery
        and (". All widening branches: " .. table.concat(b.widening, "; ")) or "") ..
        ". In Korea the same branches widened (machinery & equipment 62.4 to 46.8, 1980-92, " ..
        "Table 2-4) because large firms looking to cut costs contracted out manufacturing " ..
        "[L837]: subcontracting was buying low wages, not capability. Upgrade first-tier " ..
        "suppliers towards design and development (lessons 34 and 49).",
      evidence = b.machinery_evidence,
      measures = { "first_tier_supplier_upgrading_program" },
      source = cite("2-4", "large firms looking for opportunities to cut costs were increasingly " ..
        "contracting out manufacturing functions previously performed internally", "L837"),
    }
  end
  if #b.traditional_narrowing > 0 then
    ctx:finding{
      id = "gap_narrowing_through_exit",
      severity = "info",
      title = "The gap is narrowing in traditional branches: check whether through exit",
      message = "The gap narrowed in traditional branches: " .. table.concat(b.traditional_narrowing,
        "; ") .. ". In Korea the same happened in food, textiles, footwear and miscellaneous " ..
        "manufacturing as their SME employment fell: 'closing low-value added businesses " ..
        "contributed to narrowing the productivity gap' [L837]. Read it as exit, not upgrading, " ..
        "unless employment held up.",
      evidence = b.traditional_evidence,
      source = cite("2-4", "It seemed that closing low-value added businesses contributed to " ..
        "narrowing the productivity gap.", "L837"),
    }
  end
end

return {
  id = "sme_productivity_gap",
  title = "Diagnose the SME-large firm productivity gap: level, trend, size mix and branches",
  source = {
    chapter = 2, section = "Structural Change in SMI and Evolution of Diffusion Policies",
    table = "2-2",
    quote = "In 1980, the value-added per employee at SMBs was 55.0 percent of that in the " ..
      "large firms, and further decreased to 47.0 by 1992.",
    lines = "L794",
  },
  requires = { "sme.productivity_ratio_pct.all_sme" },
  tags = { "sme", "productivity", "diagnostic" },
  measures = { "diffusion_l2_technical_assistance_extension", "sme_skills_and_working_conditions",
               "first_tier_supplier_upgrading_program" },

  evaluate = function(p, ctx)
    local level = p.sme.productivity_ratio_pct.all_sme
    -- the aggregate's trend: an unknown earlier ratio is a data gap
    local t = sizeclass.trend(p, ctx, RATIO .. ".all_sme", true)
    local widening, widening_evidence
    if t then
      local step = ctx:threshold("widening_points_per_decade")
      widening, widening_evidence = sizeclass.check(ctx, t, "<=", -step,
        string.format("warning at a fall of %s or more per decade", step))
    end
    judge_level(p, ctx, level, t, widening)
    if widening then judge_trend(ctx, t, widening_evidence) end
    -- The size-class and branch reading explains a widening gap: their data
    -- are reported missing only when there is a widening to explain.
    judge_within_classes(p, ctx, widening == true)
    judge_composition(p, ctx, widening == true)
    judge_branches(p, ctx, widening == true)
  end,
}
