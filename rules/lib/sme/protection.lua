-- SME protection that restricts competition (reserved business areas,
-- non-competitive procurement, cartel-like cooperatives), graded by how long
-- it has lasted and whether a phase-out is scheduled. Korea's reserved areas
-- ran from 1961; the phase-out was announced in 1994 and completed in 2007
-- (Table 2-1 note 1 [L699]); collective procurement ran 1981-95 [L645], [L716].
-- The calling rule's config block holds long_protection_years.
local M = {}

-- BASE is the profile path of a protective_measure map ("sme.reserved_business_areas").
-- Returns nil when the measure is not in force (or unknown: then the gap is
-- recorded), else {severity, summary, evidence}.
function M.grade(p, ctx, base)
  local present = ctx:get(base .. ".present")
  if present == nil then
    ctx:missing(base .. ".present")
    return nil
  end
  if not present then return nil end
  local evidence = { { field = base .. ".present" } }
  local since = ctx:get(base .. ".since")
  local scheduled = ctx:get(base .. ".phase_out_scheduled")
  local by = ctx:get(base .. ".phase_out_year")
  local long_years = ctx:threshold("long_protection_years")
  local parts, severity = {}, "warning"
  if since == nil then
    ctx:missing(base .. ".since")
    parts[#parts + 1] = "in force for an unknown time"
  else
    local years = p.country.year - since
    parts[#parts + 1] = string.format("in force since %d (%d years)", since, years)
    evidence[#evidence + 1] = { field = base .. ".since", note = string.format(
      "%d years in force; long-term protection from %d years", years, long_years + 1) }
    if years > long_years then
      if scheduled == false then severity = "critical" end
      if scheduled == nil then ctx:missing(base .. ".phase_out_scheduled") end
    end
  end
  if scheduled == true then
    parts[#parts + 1] = by and string.format("a phase-out is scheduled to end in %d", by)
      or "a phase-out is announced"
    evidence[#evidence + 1] = { field = base .. ".phase_out_scheduled" }
  elseif scheduled == false then
    parts[#parts + 1] = "no phase-out is scheduled"
    evidence[#evidence + 1] = { field = base .. ".phase_out_scheduled" }
  else
    parts[#parts + 1] = "whether a phase-out is scheduled is unknown"
  end
  return { severity = severity, summary = table.concat(parts, ", "), evidence = evidence }
end

return M
