-- Lesson 35: reserving business areas for SMEs (banning large-firm entry)
-- damages entrepreneurship and competitiveness. Always a warning; critical
-- when it has lasted long with no phase-out scheduled. Korea: 1961 entry ban,
-- 23 segments from 1979, phase-out announced 1994, abolished 2007.
local protection = require("sme.protection")
local BASE = "sme.reserved_business_areas"

return {
  id = "sme_reserved_areas_antipattern",
  title = "Business areas reserved for SMEs damage entrepreneurship",
  source = {
    chapter = 2, section = "SME Promotion and Structural Changes in SMI",
    quote = "Protective measures such as reserved markets—which had been damaging to the " ..
      "entrepreneurial spirit—",
    lines = "L625",
  },
  requires = { BASE .. ".present" },
  tags = { "sme", "competition", "antipattern" },
  measures = { "phase_out_reserved_areas", "sme_designation_cancellation_system" },

  evaluate = function(p, ctx)
    local g = protection.grade(p, ctx, BASE)
    if not g then return end
    local segments = p.sme.reserved_business_areas.segments
    local what = segments and string.format("%d business segments are", segments)
      or "Business areas are"
    local critical = g.severity == "critical"
    ctx:finding{
      id = "reserved_business_areas",
      severity = g.severity,
      title = critical and "SME-reserved business areas have become permanent protection"
        or "Business areas are reserved for SMEs",
      message = string.format("%s closed to large firms: %s. Korea reserved areas from 1961 " ..
        "(23 segments from 1979 [L659]); the report judges such reserved markets 'damaging to " ..
        "the entrepreneurial spirit' [L625], and Korea announced their phase-out in 1994 and " ..
        "abolished them in 2007 [L699], adding a system to cancel designations 'to prevent " ..
        "inefficiency emanating from long-term protection' [L708]. %s", what, g.summary,
        critical and "Announce a dated phase-out now and cancel designations after a fixed " ..
          "period; move support to competition-friendly services." or
          "Fix an end date for every reservation and replace them with support that does not " ..
          "restrict competition."),
      evidence = g.evidence,
      measures = { "phase_out_reserved_areas", "sme_designation_cancellation_system" },
    }
  end,
}
