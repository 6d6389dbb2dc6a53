package org.curbcut.internal.rules.structure;

/** Texts to tell languages by: articles of a few paragraphs, placeholder text, code, snippets. */
final class LanguageSamples {
  private LanguageSamples() {}

  static final String ENGLISH = "<h1>The town that rebuilt its library</h1>"
      + "<p>When the old library closed last spring, most people in the town thought that it would never open again. "
      + "The building was cold, the roof had been leaking for years, and there was no money in the budget for repairs.</p>"
      + "<p>A group of parents and retired teachers decided that they could not wait for the council. They started "
      + "a small fund, asked local firms for help, and spent their weekends painting the walls and fixing the shelves. "
      + "By the end of the summer the reading room was open again, and children were coming back after school.</p>";

  static final String FRENCH = "<p>Quand la vieille bibliothèque a fermé au printemps dernier, la plupart des habitants "
      + "de la ville pensaient qu'elle ne rouvrirait jamais. Le bâtiment était froid, le toit fuyait depuis des années "
      + "et il n'y avait pas d'argent pour les réparations. Un groupe de parents et d'anciens enseignants a décidé "
      + "qu'ils ne pouvaient pas attendre la mairie. Ils ont créé une petite cagnotte et ont passé leurs week-ends "
      + "à repeindre les murs.</p>";

  static final String GERMAN = "<p>Als die alte Bibliothek im letzten Frühjahr geschlossen wurde, dachten die meisten "
      + "Menschen in der Stadt, dass sie nie wieder öffnen würde. Das Gebäude war kalt, das Dach war seit Jahren "
      + "undicht, und es gab kein Geld für die Reparaturen. Eine Gruppe von Eltern und Lehrern hat dann beschlossen, "
      + "nicht auf die Stadt zu warten, und sie haben die Wände an den Wochenenden selbst gestrichen.</p>";

  static final String SPANISH = "<p>Cuando la vieja biblioteca cerró la primavera pasada, la mayoría de los vecinos "
      + "del pueblo pensaba que no se abriría nunca más. El edificio estaba frío, el techo tenía goteras desde hacía "
      + "años y no había dinero para las reparaciones. Un grupo de padres y de maestros jubilados decidió que no "
      + "podían esperar al ayuntamiento y pasaron los fines de semana pintando las paredes.</p>";

  static final String LOREM = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
      + "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco "
      + "laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit "
      + "esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa "
      + "qui officia deserunt mollit anim id est laborum.</p>";

  static final String CODE = "<p>const items = list.filter(x =&gt; x.enabled); for (let i = 0; i &lt; items.length; i++) "
      + "{ total += items[i].price * items[i].count; } if (total &gt; limit) { return applyDiscount(total, rate); } "
      + "else { return total; } function applyDiscount(value, rate) { return value * (1 - rate); } "
      + "export default { items, total, applyDiscount };</p>";

  static final String CHINESE = "<p>去年春天老图书馆关闭的时候，镇上的大多数人都以为它再也不会开放了。这座建筑很冷，"
      + "屋顶漏水已经好几年了，预算里也没有修缮的钱。一群家长和退休教师决定不再等待议会，他们发起了一个小小的基金，"
      + "请当地企业帮忙，并利用周末粉刷墙壁、修理书架。到了夏天结束的时候，阅览室又开放了，孩子们放学后又回来了。</p>";

  static final String JAPANESE = "<p>昨年の春に古い図書館が閉館したとき、町のほとんどの人はもう二度と開かないだろうと思っていました。"
      + "建物は寒く、屋根は何年も雨漏りしていて、修理の予算もありませんでした。そこで親たちと退職した先生たちが、"
      + "議会を待たずに小さな基金を始め、週末に壁を塗り、本棚を直しました。</p>";

  static final String SNIPPET = "<p>Hello world, welcome to our site.</p>";
}
