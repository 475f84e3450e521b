-- sme_gaps: the SME-large firm productivity and wage gaps, how they moved
-- over `history`, and why (lesson 38, sme_productivity_gap; lesson 39,
-- sme_wage_skill_gap). Rules read it as p.derived.sme_gaps.
--
-- The report explains Korea's widening productivity gap (SMEs at 55.0% of
-- large-firm value added per worker in 1980, 47.0% in 1992 [L794]) by two
-- factors: every size class fell behind, and employment moved to the
-- smallest establishments, whose gap is largest [L800]. The shift-share
-- below separates the two for any country:
--   R = sum over SME classes of w_i * r_i   (w: class share of SME employment,
--                                             r: class productivity ratio)
--   R1 - R0 = sum w1_i (r1_i - r0_i)        within-class change
--           + sum (w1_i - w0_i) r0_i        composition change
-- With Table 2-2 it gives -8.0 points for Korea 1980-92: -4.1 within, -3.9
-- from the shift to small establishments.
--
-- Every value is present only when its inputs are: a missing input is never
-- read as 0. Values are rounded to 0.01.

local CLASSES = { "size_5_19", "size_20_99", "size_100_299" }

local function round(x)
  return math.floor(x * 100 + 0.5) / 100
end

-- The value at a dotted path below table T, or nil.
local function at(t, path)
  for key in string.gmatch(path, "[^.]+") do
    if type(t) ~= "table" then return nil end
    t = t[key]
  end
  return t
end

-- Class shares of SME employment (they sum to 1), or nil if any is missing.
local function weights(employment)
  if type(employment) ~= "table" then return nil end
  local total, w = 0, {}
  for _, c in ipairs(CLASSES) do
    local e = employment[c]
    if e == nil then return nil end
    total = total + e
  end
  if total <= 0 then return nil end
  for _, c in ipairs(CLASSES) do w[c] = employment[c] / total end
  return w
end

local function shift_share(now, before)
  local w1, w0 = weights(now.employment), weights(before.employment)
  if not (w1 and w0 and type(now.productivity) == "table" and type(before.productivity) == "table") then
    return nil
  end
  local within, composition, r1_total, r0_total = 0, 0, 0, 0
  for _, c in ipairs(CLASSES) do
    local r1, r0 = now.productivity[c], before.productivity[c]
    if r1 == nil or r0 == nil then return nil end
    within = within + w1[c] * (r1 - r0)
    composition = composition + (w1[c] - w0[c]) * r0
    r1_total, r0_total = r1_total + w1[c] * r1, r0_total + w0[c] * r0
  end
  return {
    weighted_ratio = round(r1_total),
    weighted_ratio_earlier = round(r0_total),
    total_pp = round(r1_total - r0_total),
    within_pp = round(within),
    composition_pp = round(composition),
  }
end

-- The SME section at the profile year and at YEAR of history.
local function snapshot(sme)
  if type(sme) ~= "table" then return {} end
  return { productivity = sme.productivity_ratio_pct, wages = sme.wage_ratio_pct,
           employment = sme.employment_share_pct }
end

return {
  id = "sme_gaps",
  kind = "indicator",
  title = "SME-large firm productivity and wage gaps, their trend and its shift-share",
  source = { chapter = 2, section = "Structural Change in SMI and Evolution of Diffusion Policies",
             table = "2-2",
             quote = "The widening productivity differential between large firms and SMBs resulted from two factors",
             lines = "L800" },

  derive = function(p, ctx)
    local now = snapshot(p.sme)
    if now.productivity == nil and now.wages == nil then return nil end -- no SME data: not applicable
    local out, evidence = {}, {}
    local function cite(field, value)
      if value ~= nil then evidence[#evidence + 1] = { field = field, value = value } end
    end

    local prod = at(now.productivity, "all_sme")
    local wage = at(now.wages, "all_sme")
    cite("sme.productivity_ratio_pct.all_sme", prod)
    cite("sme.wage_ratio_pct.all_sme", wage)
    if prod ~= nil then out.productivity_gap_pct = round(100 - prod) end
    if wage ~= nil then out.wage_gap_pct = round(100 - wage) end
    if prod ~= nil and wage ~= nil then out.wage_minus_productivity_pp = round(wage - prod) end

    -- the trend: the earlier year that ctx:trend picks for the all-SME
    -- productivity ratio (or, without it, the wage ratio) anchors every change
    local years, window = ctx:threshold("trend_years"), ctx:threshold("trend_window")
    local anchor = prod ~= nil and "sme.productivity_ratio_pct.all_sme" or "sme.wage_ratio_pct.all_sme"
    local t = ctx:trend(anchor, { years = years, window = window })
    if t then
      out.year, out.earlier_year = t.year, t.earlier_year
      local before = snapshot(p.history[t.earlier_year].sme)
      local function change(key, field, a, b)
        if a ~= nil and b ~= nil then
          out[key] = round(a - b)
          cite(string.format("history.%d.%s", t.earlier_year, field), b)
        end
      end
      change("productivity_ratio_change_pp", "sme.productivity_ratio_pct.all_sme",
             prod, at(before.productivity, "all_sme"))
      change("wage_ratio_change_pp", "sme.wage_ratio_pct.all_sme", wage, at(before.wages, "all_sme"))
      local classes = {}
      for _, c in ipairs(CLASSES) do
        local entry = {}
        local r1, r0 = at(now.productivity, c), at(before.productivity, c)
        local e1, e0 = at(now.employment, c), at(before.employment, c)
        entry.productivity_ratio = r1
        entry.employment_share_pct = e1
        if r1 ~= nil and r0 ~= nil then entry.productivity_ratio_change_pp = round(r1 - r0) end
        if e1 ~= nil and e0 ~= nil then entry.employment_share_change_pp = round(e1 - e0) end
        if next(entry) ~= nil then classes[c] = entry end
      end
      if next(classes) ~= nil then out.classes = classes end
      out.shift_share = shift_share(now, before)
    end
    if next(out) == nil then return nil end
    out.evidence = evidence
    return out
  end,
}
