-- SME protection that restricts competition (reserved business areas,
-- non-competitive procurement, cartel-like cooperatives), graded by how long
-- it has lasted and whether a phase-out is scheduled. Korea's reserved areas
-- ran from 1961; the phase-out was announced in 1994 and completed in 2007
-- (Table 2-1 note 1 [L699]); collective procurement ran 1981-95 [L645], [L716].
-- The calling rule's config block holds long_protection_years.
local M = {}

-- BASE is the profile path of a protective_measure map ("sme.reserved_business_areas").
-- Returns nil when the measure is not in force (or unknown: then the gap is
-- recorded), else {severity, summary, evidence}. Each comparison is a
-- ctx:check, so --explain shows how the measure was graded.
function M.grade(p, ctx, base)
  local present, present_evidence = ctx:check{ field = base .. ".present", op = "==", threshold = true }
  if not present then return nil end
  local evidence = { present_evidence }
  local since = ctx:get(base .. ".since")
  local scheduled = ctx:get(base .. ".phase_out_scheduled")
  local by = ctx:get(base .. ".phase_out_year")
  local long_years = ctx:threshold("long_protection_years")
  local parts, severity = {}, "warning"
  -- in force longer than long_protection_years (unknown: a data gap)
  local long, since_evidence = ctx:check{ field = base .. ".since", op = "<",
                                          threshold = p.country.year - long_years }
  local scheduled_evidence
  if since == nil then
    parts[#parts + 1] = "in force for an unknown time"
  else
    local years = p.country.year - since
    parts[#parts + 1] = string.format("in force since %d (%d years)", since, years)
    local note = string.format("%d years in force; long-term protection from %d years", years,
                               long_years + 1)
    if long then
      since_evidence.note = note
    else
      since_evidence = { field = base .. ".since", note = note }
    end
    evidence[#evidence + 1] = since_evidence
    if long then
      -- long-lived protection: whether a phase-out is scheduled decides the severity
      local unscheduled
      unscheduled, scheduled_evidence = ctx:check{ field = base .. ".phase_out_scheduled", op = "==",
                                                   threshold = false }
      if unscheduled then severity = "critical" end
    end
  end
  if scheduled == true then
    parts[#parts + 1] = by and string.format("a phase-out is scheduled to end in %d", by)
      or "a phase-out is announced"
  elseif scheduled == false then
    parts[#parts + 1] = "no phase-out is scheduled"
  else
    parts[#parts + 1] = "whether a phase-out is scheduled is unknown"
  end
  if scheduled ~= nil then
    evidence[#evidence + 1] = severity == "critical" and scheduled_evidence
      or { field = base .. ".phase_out_scheduled" }
  end
  return { severity = severity, summary = table.concat(parts, ", "), evidence = evidence }
end

return M
