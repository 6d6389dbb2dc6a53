package org.curbcut.fix.report;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.curbcut.fix.RepairStatus;
import org.curbcut.report.Escape;
import org.curbcut.report.ReportFormat;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * JUnit XML of the RE-AUDIT (what CI should gate on after repair), as {@code curbcut audit
 * --format junit} writes it, plus per page suite the repair counts as {@code <property>}s
 * ({@code repair.fixed}, {@code repair.needsReview}, {@code repair.notRepairable},
 * {@code repair.output}, {@code repair.minConfidence}) and, in each rule's test case, a
 * {@code <system-out>} listing how each original failure of that rule ended. What comes from the
 * page (names, values, reasons) loses the characters XML 1.0 cannot carry ({@link Escape#xmlChars}):
 * the DOM serializer would write them as references no XML parser accepts.
 */
final class RepairJunitReport {
  void write(RepairReport r, Writer w) throws IOException {
    String xml = ReportFormat.JUNIT.render(r.reaudit());
    try {
      Document doc = parse(xml);
      NodeList suites = doc.getElementsByTagName("testsuite");
      for (int i = 0; i < suites.getLength() && i < r.pages().size(); i++) {
        extend((Element) suites.item(i), r.pages().get(i), r);
      }
      w.write(serialize(doc));
      w.flush();
    } catch (ParserConfigurationException | SAXException | TransformerException e) {
      throw new IOException("cannot extend the JUnit report: " + e.getMessage(), e);
    }
  }

  private static void extend(Element suite, PageRepair p, RepairReport r) {
    if (p.unread()) return;
    Element props = child(suite, "properties");
    if (props == null) {
      props = suite.getOwnerDocument().createElement("properties");
      suite.insertBefore(props, suite.getFirstChild());
    }
    property(props, "repair.minConfidence", r.minConfidence().label());
    property(props, "repair.output", p.output());
    property(props, "repair.failedBefore", String.valueOf(p.repairs().size()));
    property(props, "repair.fixed", String.valueOf(p.count(RepairStatus.FIXED_VERIFIED)));
    property(props, "repair.needsReview", String.valueOf(p.count(RepairStatus.FIXED_NEEDS_REVIEW)));
    property(props, "repair.notRepairable", String.valueOf(p.count(RepairStatus.NOT_REPAIRABLE)));
    property(props, "repair.newFailures", String.valueOf(p.newFailures().size()));
    NodeList cases = suite.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element tc = (Element) cases.item(i);
      List<RepairItem> items = Matching.ofRule(p, tc.getAttribute("name"));
      if (items.isEmpty()) continue;
      StringBuilder text = new StringBuilder(Messages.get("junit.repairs.heading")).append('\n');
      for (RepairItem item : items) {
        String what = item.repaired() ? item.change() + " — " + item.provenance() + " (" + item.confidence().label() + ")"
            : item.reason();
        text.append(Messages.get("junit.repair.line", Texts.location(p.source(), item.line(), item.column()),
            item.status().label(), what)).append('\n');
      }
      Element out = child(tc, "system-out");
      if (out == null) {
        out = tc.getOwnerDocument().createElement("system-out");
        tc.appendChild(out);
        out.setTextContent(Escape.xmlChars(text.toString()));
      } else {
        out.setTextContent(out.getTextContent() + "\n" + Escape.xmlChars(text.toString()));
      }
    }
  }

  private static void property(Element props, String name, String value) {
    Element e = props.getOwnerDocument().createElement("property");
    e.setAttribute("name", name);
    e.setAttribute("value", Escape.xmlChars(value));
    props.appendChild(e);
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) return e;
    }
    return null;
  }

  private static Document parse(String xml) throws ParserConfigurationException, SAXException, IOException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static String serialize(Document doc) throws TransformerException {
    TransformerFactory tf = TransformerFactory.newInstance();
    tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    var t = tf.newTransformer();
    t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    t.setOutputProperty(OutputKeys.INDENT, "no");
    doc.setXmlStandalone(true);
    StringWriter sw = new StringWriter();
    t.transform(new DOMSource(doc), new StreamResult(sw));
    String s = sw.toString();
    int decl = s.indexOf("?>");
    return decl > 0 ? s.substring(0, decl + 2) + "\n" + s.substring(decl + 2).stripLeading() + (s.endsWith("\n") ? "" : "\n") : s;
  }
}
