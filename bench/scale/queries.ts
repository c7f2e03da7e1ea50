/**
 * A hundred searches as readers type them: single words and phrases, with
 * and without accents or capitals, elisions, typos, prefixes, numbers,
 * names, stop words alone, long queries and words found nowhere.
 */
export const QUERIES: readonly string[] = [
  // Frequent single words
  "eau", "budget", "football", "inflation", "tourisme", "sécheresse", "santé", "élections", "climat", "patrimoine",
  "port", "énergie", "festival", "parlement", "transport", "hôpital", "université", "marathon", "cinéma", "agriculture",
  // Places
  "Casablanca", "Rabat", "Tanger", "Fès", "Marrakech", "Agadir", "Oujda", "Laâyoune", "Dakhla", "Ouarzazate",
  // Without accents, in capitals
  "securite routiere", "economie", "region souss massa", "FES", "MEKNES", "energie solaire", "eleveurs", "medina", "theatre", "reseau",
  // Phrases
  "prix des carburants", "station de dessalement", "conseil communal", "projet de loi", "loi de finances",
  "taux de remplissage", "transport scolaire", "zone industrielle", "centre de santé", "coupe du trône",
  // Elisions and apostrophes
  "l'eau potable", "d'Agadir", "l’hôpital régional", "qu'il faut savoir", "l'Étoile de l'Oriental",
  "aujourd'hui", "l’Union africaine", "d’El Jadida", "s’impose", "l'Atlas",
  // Typos (fuzzy)
  "inflaton", "dessalment", "secheresee", "toursime", "parlment", "marakech", "casablanka", "vaccinaton", "hydrogene vrt", "agricultre",
  // Prefixes
  "hydro", "touris", "renouvel", "infrastruct", "décentral", "régional", "subsahar", "interconn", "exporta", "photograph",
  // Numbers and names
  "2025", "2027", "15 %", "Salma Bennani", "Karim Ouazzani", "La rédaction", "Lions de l’Atlas", "Nadia Cherkaoui", "mégawatts", "milliards de dirhams",
  // Stop words alone, long queries, nothing to find
  "les", "à", "de la",
  "les éleveurs de la région face à la hausse du prix des fourrages après la sécheresse",
  "conférence régionale sur l’insécurité alimentaire au Sahel et financement de l’adaptation au climat",
  "budget de la commune adopté en session extraordinaire malgré l’opposition",
  "cryptomonnaie", "zzzz", "Ouagadougou", "hockey sur glace",
];
