-- Lesson 37: targeted "promising SME" support needs objective selection,
-- graduation after a set period and cancellation of the designation, built
-- in from the start (Korea's 1983 programme got graduation only in 1988
-- [L706]); overlapping designations should be consolidated (fn 39 [L661]).
local function cite(quote, lines, footnote)
  return { chapter = 2, section = "SME Promotion Policy", footnote = footnote, quote = quote,
           lines = lines }
end

return {
  id = "sme_promising_graduation",
  title = "Promising-SME designation needs graduation and cancellation rules",
  source = cite("Promising SMEs that were judged to be self-sufficient after a certain period " ..
    "of support would then be graduated", "L706"),
  requires = { "sme_programs" },
  tags = { "sme", "targeting", "antipattern" },
  measures = { "promising_sme_designation_with_graduation", "sme_designation_cancellation_system",
               "sme_designation_consolidation" },

  evaluate = function(p, ctx)
    local designated = {}
    for i, prog in ipairs(p.sme_programs) do
      if prog.selection == "designated_promising" then
        designated[#designated + 1] = { index = i, prog = prog }
      end
    end
    if #designated == 0 then return end

    local lacking, lacking_evidence, measures_needed = {}, {}, {}
    local long, long_evidence = {}, {}
    local max_years = ctx:threshold("max_support_years")
    for _, d in ipairs(designated) do
      local base = string.format("sme_programs.%d.", d.index)
      local missing = {}
      -- each exit rule must be known: an unknown one is a data gap
      for _, rule in ipairs({ { "graduation_rule", "graduation" }, { "cancellation_rule", "cancellation" },
                              { "targeting_defined", "defined selection criteria" } }) do
        local absent, entry = ctx:check{ field = base .. rule[1], op = "==", threshold = false }
        if absent then
          missing[#missing + 1] = rule[2]
          lacking_evidence[#lacking_evidence + 1] = entry
          measures_needed[rule[1]] = true
        end
      end
      if #missing > 0 then
        lacking[#lacking + 1] = string.format("%s (no %s)", d.prog.name, table.concat(missing, ", no "))
      end
      if d.prog.max_support_years ~= nil then
        local too_long, entry = ctx:check{ field = base .. "max_support_years", op = ">",
                                           config = "max_support_years" }
        if too_long then
          long[#long + 1] = string.format("%s (%d years)", d.prog.name, d.prog.max_support_years)
          long_evidence[#long_evidence + 1] = entry
        end
      end
    end

    if #lacking > 0 then
      local measures = { "promising_sme_designation_with_graduation" }
      if measures_needed.cancellation_rule then
        measures[#measures + 1] = "sme_designation_cancellation_system"
      end
      ctx:finding{
        id = "designation_without_graduation",
        severity = "warning",
        title = "Promising-SME designations have no exit",
        message = "These designation programmes lack the rules that end support: " ..
          table.concat(lacking, "; ") .. ". Korea designated 4,760 promising SMEs in 1983-87 " ..
          "[L665] and added graduation only in 1988, so that firms judged self-sufficient " ..
          "left and new ones came in [L706]; it later adopted a system to cancel designations " ..
          "'to prevent inefficiency emanating from long-term protection' [L708]. Build " ..
          "objective selection, graduation after a set period and cancellation into the " ..
          "designation from the start. Do not select on export growth targets (as Korea's " ..
          "1985-87 scheme did [L665]): that is a prohibited export subsidy today.",
        evidence = lacking_evidence,
        measures = measures,
        source = cite("a graduation system was introduced in 1988", "L706"),
      }
    end
    if #long > 0 then
      ctx:finding{
        id = "designated_support_too_long",
        severity = "advice",
        title = "Designated SMEs may be supported for too long",
        message = string.format("These designations allow support beyond %d years: %s. Korea " ..
          "added graduation five years after its 1983 start [L706]. Shorten the period, or " ..
          "review each firm for graduation at %d years.", max_years, table.concat(long, "; "),
          max_years),
        evidence = long_evidence,
        measures = { "promising_sme_designation_with_graduation" },
      }
    end
    if ctx:check{ field = "sme_programs", value = #designated, op = ">",
                  config = "max_designation_categories", note = "programmes designating promising SMEs" } then
      local names, evidence = {}, {}
      for _, d in ipairs(designated) do
        names[#names + 1] = d.prog.name
        evidence[#evidence + 1] = { field = string.format("sme_programs.%d.selection", d.index) }
      end
      ctx:finding{
        id = "overlapping_sme_designations",
        severity = "advice",
        title = "Several overlapping SME designations confuse firms and administrators",
        message = string.format("%d programmes each designate their own SMEs: %s. Korea " ..
          "consolidated 'the diverse and confusing categorization of SMBs for each supportive " ..
          "measure' under one 'Promising SMBs' designation (fn 39 [L661]). Merge them into one " ..
          "designation with one set of criteria.", #designated, table.concat(names, ", ")),
        evidence = evidence,
        measures = { "sme_designation_consolidation" },
        source = cite("The diverse and confusing categorization of SMBs for each supportive measure",
                      "L661", 39),
      }
    end
  end,
}
