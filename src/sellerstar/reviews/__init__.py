"""Reviews (rulebook §5): which reviews count, ratings, pools, rankings and selected
products as Ibis rules over the contract's review tables; the text analysis of reviews
(sentiment, keywords); and the detection of review brushing."""
