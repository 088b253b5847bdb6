/**
 * Names of states (their English short names of one word, after ISO 3166-1, and the short
 * forms reporting uses) and of capitals often in conflict reporting: such a name may stand
 * before a count as the one the count goes to ("Germany sent Ukraine 100 tanks", "gave Kyiv
 * 300 drones") rather than name what is numbered ("Leopard 2").
 * @internal
 */
export const EN_PLACE_NAMES: readonly string[] = [
  "Afghanistan", "Albania", "Algeria", "America", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria",
  "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia",
  "Botswana", "Brazil", "Britain", "Brunei", "Bulgaria", "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile",
  "China", "Colombia", "Comoros", "Congo", "Croatia", "Cuba", "Cyprus", "Czechia", "Denmark", "Djibouti", "Ecuador", "Egypt",
  "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Germany", "Ghana", "Greece",
  "Guatemala", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel",
  "Italy", "Jamaica", "Japan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon",
  "Lesotho", "Liberia", "Libya", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mauritania",
  "Mauritius", "Mexico", "Moldova", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal",
  "Netherlands", "Nicaragua", "Nigeria", "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Paraguay", "Peru",
  "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Senegal", "Serbia", "Singapore", "Slovakia",
  "Slovenia", "Somalia", "Spain", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania",
  "Thailand", "Togo", "Tunisia", "Turkey", "Türkiye", "Turkmenistan", "Uganda", "Ukraine", "Uruguay", "Uzbekistan",
  "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe",
  "Kyiv", "Kiev", "Moscow", "Washington", "Beijing", "Pyongyang", "Seoul", "Tehran", "Damascus", "Berlin", "Paris", "London",
  "Warsaw", "Minsk", "Ankara", "Jerusalem", "Baghdad", "Kabul", "Tokyo", "Brussels", "Riyadh", "Caracas", "Havana", "Hanoi",
  "Taipei", "Islamabad", "Delhi", "Cairo", "Khartoum", "Tripoli", "Beirut", "Sanaa", "Amman", "Doha", "Budapest", "Prague",
  "Vienna", "Rome", "Madrid", "Stockholm", "Helsinki", "Oslo", "Copenhagen", "Vilnius", "Riga", "Tallinn", "Bucharest",
  "Sofia", "Belgrade", "Tbilisi", "Yerevan", "Baku", "Chisinau", "Bratislava", "Ottawa", "Canberra",
];
