local function seen() return require("lazy").bump() end
return require("probe")("module_lazy", seen)
