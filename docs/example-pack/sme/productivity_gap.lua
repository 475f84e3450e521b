-- Example rule (lesson 38, simplified): a widening SME productivity gap,
-- read from the sme_gaps indicator plugin, with the shift-share that says
-- how much of it is employment moving to small establishments.
return {
  id = "example.productivity_gap_widening",
  title = "The SME-large firm productivity gap is widening",
  source = { chapter = 2, section = "Structural Change in SMI and Evolution of Diffusion Policies",
             table = "2-2",
             quote = "the value-added per employee at SMBs was 55.0 percent of that in the large firms",
             lines = "L794" },
  requires = { "sme.productivity_ratio_pct.all_sme" },
  tags = { "sme" },
  measures = { "first_tier_supplier_upgrading_program" },

  evaluate = function(p, ctx)
    local t = ctx:trend("sme.productivity_ratio_pct.all_sme", { years = 10, window = 3 })
    if not t then return end           -- no earlier observation: a data gap, already recorded
    local widened = ctx:check{ trend = t, op = "<=", threshold = -ctx:threshold("gap_widening_pp"),
                               unit = "percentage points" }
    if not widened then return end
    local message = string.format("SMEs produce %.1f%% of large-firm value added per worker, " ..
                                  "down from %.1f%% in %d.", t.value, t.earlier, t.earlier_year)
    local split = p.derived.sme_gaps and p.derived.sme_gaps.shift_share
    if split then
      message = message .. string.format(" %.1f points of the fall come from every size class " ..
                                         "falling behind, %.1f from employment moving to smaller " ..
                                         "establishments.", -split.within_pp, -split.composition_pp)
      ctx:note("shift-share from the sme_gaps indicator")
    end
    local evidence = ctx:evidence()
    evidence[#evidence + 1] = t.evidence[2]     -- the earlier observation, with its position
    ctx:finding{
      id = "productivity_gap_widening",
      severity = "warning",
      title = "The SME-large firm productivity gap is widening",
      message = message,
      evidence = evidence,
      measures = { "first_tier_supplier_upgrading_program" },
    }
  end,
}
