-- wto/law.lua: the numbers and dates the Agreements themselves state, each
-- with its citation. Nothing here is a proposal: the classifier's proposed
-- thresholds (graduation watch margins) live in rules/config.yaml under
-- `wto_scm`. Dates are ISO strings (YYYY-MM-DD), which compare correctly as
-- strings.
--
-- Abbreviations: SCM = Agreement on Subsidies and Countervailing Measures;
-- AoA = Agreement on Agriculture; Doha = Implementation-Related Issues and
-- Concerns, WT/MIN(01)/17; Nairobi = Ministerial Decision on Export
-- Competition, WT/MIN(15)/45 - WT/L/980 (19 December 2015).
local law = {}

-- Marrakesh Agreement: the WTO Agreement (and the SCM and AoA with it)
-- entered into force on 1 January 1995.
law.wto_in_force = "1995-01-01"

-- A date after every transition period: used when as_of precedes the WTO,
-- so a programme is judged under the permanent disciplines (what a country
-- copying it today would face).
law.permanent = "9999-12-31"

-- SCM Art 31: Art 6.1, Art 8 and Art 29 applied for five years from entry
-- into force; the Committee did not extend Art 8, so it lapsed on 31 Dec 1999.
law.art8_last_day = "1999-12-31"

-- SCM Art 27.2(b): the Art 3.1(a) prohibition did not apply to other
-- developing members for eight years from entry into force.
law.art27_2b_last_day = "2002-12-31"

-- SCM Art 27.3: the Art 3.1(b) prohibition did not apply to developing
-- members for five years, to least-developed members for eight.
law.art27_3_last_day = { developing = "1999-12-31", ldc = "2002-12-31" }

-- SCM Art 27.6: export competitiveness in a product (an HS section heading)
-- exists once the member's share of world trade in it reaches 3.25% in two
-- consecutive calendar years.
law.art27_6_share_pct = 3.25
law.art27_6_consecutive_years = 2

-- SCM Art 27.5: export subsidies on a competitive product are phased out
-- over two years, or over eight years by a member referred to in Annex VII.
law.art27_5_phase_out_years = { annex_vii = 8, other = 2 }

-- SCM Annex VII(b) with Doha para 10.1: a listed member stays in Annex VII(b)
-- until its GNP per capita reaches US$1,000 in constant 1990 dollars for three
-- consecutive years, and never leaves while GNP per capita in current dollars
-- is below US$1,000 (the last sentence of para 10.1).
law.annex_vii_b_gnp_usd_1990 = 1000
law.annex_vii_b_consecutive_years = 3
law.annex_vii_b_current_usd_floor = 1000

-- Former SCM Art 8.2(a): research assistance up to 75% of the costs of
-- industrial research or 50% of pre-competitive development; for programmes
-- spanning both, the simple average (62.5%), all on eligible costs (items
-- (i)-(v)).
law.art8_2a_max_pct = {
  industrial_research = 75,
  precompetitive_development = 50,
  both = 62.5,
}

-- Former SCM Art 8.2(b)(iii): income or GDP per capita not above 85% of the
-- territory's average, or unemployment at least 110% of it, measured over a
-- three-year period.
law.art8_2b_gdp_pc_max_pct = 85
law.art8_2b_unemployment_min_pct = 110
law.art8_2b_measured_years = 3

-- Former SCM Art 8.2(c): "existing facilities" have operated for at least
-- two years when the new requirements are imposed (its footnote); the
-- assistance is limited to 20% of the cost of adaptation (8.2(c)(ii)).
law.art8_2c_min_facility_age_years = 2
law.art8_2c_max_pct = 20

-- Agriculture, Nairobi Decision: developed members eliminated their
-- remaining scheduled export subsidy entitlements as of its adoption
-- (para 6), developing members by the end of 2018 (para 7); developing
-- members keep AoA Art 9.4 (marketing and internal transport costs) until
-- the end of 2023, least-developed and net food-importing developing
-- members until the end of 2030 (para 8). Product-specific extensions
-- (processed products, dairy, swine meat) are not modelled.
law.nairobi_adopted = "2015-12-19"
law.nairobi_developed_last_day = "2015-12-18" -- entitlements ended on adoption
law.nairobi_developing_last_day = "2018-12-31"
law.aoa_9_4_last_day = { developing = "2023-12-31", ldc_or_nfidc = "2030-12-31" }

return law
