"""The product radar's detection of suspected IP infringements (docs/radar.md).

``model`` (what is read and reported), ``normalise`` (text skeletons), ``lexicon``
(everyday words), ``images`` (perceptual hashes), ``detector`` (the search) and ``scan``
(lake mode over a folder of contract files).
"""
