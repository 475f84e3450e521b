-- The Markdown report (`latecomer evaluate --format markdown`): the result
-- document as a report an advisor can paste into a memo or a wiki.
-- CommonMark with GitHub-style tables. It serializes report.content (the
-- same document tree the HTML report shows) and escapes every value, so a
-- profile can never inject markup. Charts are HTML-only; their data is in
-- the tables beside them. Several profiles make one document with a section
-- per profile.
local ref = require("report.reference")
local text = require("report.text")
local model = require("report.model")
local content = require("report.content")

local md = text.md

local function inline(list)
  local out = {}
  for _, x in ipairs(list or {}) do
    if type(x) == "string" then
      out[#out + 1] = md(x)
    elseif x.t == "code" then
      out[#out + 1] = text.md_code(x.s)
    elseif x.t == "link" then -- anchors differ between Markdown viewers: the text alone
      out[#out + 1] = inline(x.inlines)
    elseif x.t == "strong" then
      out[#out + 1] = "**" .. inline(x.inlines) .. "**"
    elseif x.t == "badge" then
      local label = ref.severity_label[x.severity]
      out[#out + 1] = label and "**" .. label .. ":** " or "*Added as a prerequisite*"
    elseif x.t == "br" then
      out[#out + 1] = x.md or "; "
    end -- anchors have no Markdown form
  end
  return (table.concat(out):gsub("^; ", ""))
end

-- LEVEL is the heading level of the blocks' own section.
local function blocks(out, list, level)
  local function add(line) out[#out + 1] = line end
  local function gap()
    if #out > 0 and out[#out] ~= "" then add("") end
  end
  for _, b in ipairs(list) do
    gap()
    if b.k == "section" then
      add(string.rep("#", math.min(level + 1, 6)) .. " " .. inline(b.title))
      add("")
      blocks(out, b.blocks, level + 1)
    elseif b.k == "para" or b.k == "callout" then
      add((b.k == "callout" and "> " or "") .. inline(b.inlines))
    elseif b.k == "list" then
      for i, item in ipairs(b.items) do add((b.ordered and i .. ". " or "- ") .. inline(item)) end
    elseif b.k == "facts" then
      for _, f in ipairs(b.items) do
        add("- **" .. md(f.label) .. ":** " .. inline(f.value) .. (f.note and " (" .. md(f.note) .. ")" or ""))
      end
    elseif b.k == "tiles" then
      local parts = {}
      for _, t in ipairs(b.items) do parts[#parts + 1] = md(t.label) .. " " .. text.num(t.n) end
      add(table.concat(parts, " · "))
    elseif b.k == "quote" then
      local line = "> " .. (b.quote and "“" .. md(b.quote) .. "”" or "")
      if b.cite then line = line .. (b.quote and " " or "") .. "(Report: " .. md(b.cite) .. ")" end
      add(line)
    elseif b.k == "table" then
      if b.caption then
        add("*" .. md(b.caption) .. "*")
        add("")
      end
      local heads, rule = {}, {}
      for i, h in ipairs(b.headers) do
        heads[i] = md(h)
        rule[i] = (b.numeric or {})[i] and "---:" or "---"
      end
      add("| " .. table.concat(heads, " | ") .. " |")
      add("|" .. table.concat(rule, "|") .. "|")
      for _, row in ipairs(b.rows) do
        local cells = {}
        for i = 1, #b.headers do
          local c = inline(row[i])
          cells[i] = c == "" and "-" or c
        end
        add("| " .. table.concat(cells, " | ") .. " |")
      end
    end -- figures are HTML-only
  end
end

local function profile(out, doc, level)
  local m = model.build(doc, "")
  out[#out + 1] = string.rep("#", level) .. " SME policy diagnostic: " .. md(m.title_name)
  out[#out + 1] = ""
  out[#out + 1] = md(content.subtitle(m))
  blocks(out, content.sections(m), level)
  blocks(out, { { k = "section", title = { "About this report" },
    blocks = { { k = "para", inlines = content.about(m.engine, { text.str(m.profile.path or "-") }) } } } }, level)
end

local function finish(out)
  return (table.concat(out, "\n"):gsub("\n*$", "\n"))
end

return {
  id = "markdown",
  kind = "renderer",
  format = "markdown",
  title = "Markdown report for advisors",
  collection = true, -- several profiles: one document (latecomer.results/1)
  render = function(doc, ctx)
    local out = {}
    if doc.format == "latecomer.results/1" then
      local results = model.list(doc.results)
      out[1] = "# SME policy diagnostics: " .. text.count(#results, "profile")
      out[2] = ""
      for i, r in ipairs(results) do
        local p = type(r.profile) == "table" and r.profile or {}
        out[#out + 1] = i .. ". " .. md(p.name or p.iso3 or p.path or "Unnamed profile") .. ", " .. md(text.value(p.year))
      end
      for _, r in ipairs(results) do
        out[#out + 1] = ""
        profile(out, r, 2)
      end
      return finish(out)
    end
    profile(out, doc, 1)
    return finish(out)
  end,
}
