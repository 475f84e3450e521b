-- wto/programs.lua: for rules. Classifies every subsidy programme of the
-- profile with wto.scm (docs/wto.md) and names each one for messages and
-- evidence, so a rule only decides what to say about the results.
local scm = require("wto.scm")

local programs = {}

-- A list of {index, program, entry, field, label}; field is the programme's
-- profile path ("subsidy_programs.2"), label its name or id.
function programs.classified(p, ctx)
  local out = {}
  for i, program in ipairs(p.subsidy_programs) do
    out[#out + 1] = {
      index = i,
      program = program,
      entry = scm.classify(program, p, ctx.as_of, ctx.config),
      field = "subsidy_programs." .. i,
      label = program.name and (program.name .. " (" .. program.id .. ")") or program.id,
    }
  end
  return out
end

-- Reports, as the rule's own data gaps, the member-context fields the
-- classifier had to assume (wto.member, wto.dev_status, ...).
function programs.note_member_gaps(ctx, classified)
  for _, c in ipairs(classified) do
    for _, field in ipairs(c.entry.missing) do
      if field:sub(1, 4) == "wto." then ctx:missing(field) end
    end
  end
end

-- The profile field that shows why a programme is export-contingent.
function programs.export_evidence(c)
  local prog, f = c.program, c.field
  local contingency = prog.contingency or {}
  if c.entry.facts.export_grounds == "in_law" and contingency.export_in_law then
    return { field = f .. ".contingency.export_in_law" }
  elseif c.entry.facts.export_grounds == "in_fact" then
    return { field = f .. ".contingency.export_in_fact" }
  elseif prog.annex_i_item then
    return { field = f .. ".annex_i_item" }
  end
  return { field = f .. ".instrument" }
end

function programs.flagged(entry, name)
  for _, f in ipairs(entry.flags) do
    if f == name then return true end
  end
  return false
end

-- "A, B and C"
function programs.join(labels)
  if #labels <= 1 then return labels[1] or "" end
  return table.concat(labels, ", ", 1, #labels - 1) .. " and " .. labels[#labels]
end

return programs
