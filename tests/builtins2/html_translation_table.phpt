--TEST--
get_html_translation_table: specialchars/entities, quote flags, doctypes, ISO-8859-1
--FILE--
<?php
var_dump(get_html_translation_table(HTML_SPECIALCHARS, ENT_NOQUOTES), get_html_translation_table(HTML_SPECIALCHARS, ENT_COMPAT|ENT_XHTML), get_html_translation_table(HTML_SPECIALCHARS, ENT_QUOTES|ENT_HTML5));
$t = get_html_translation_table(HTML_ENTITIES, ENT_QUOTES|ENT_XML1); var_dump(count($t));
$t = get_html_translation_table(HTML_ENTITIES, ENT_QUOTES|ENT_XHTML); var_dump(count($t), $t["'"]);
$t = get_html_translation_table(HTML_ENTITIES); var_dump(count($t), md5(serialize($t)));
$t = get_html_translation_table(HTML_ENTITIES, ENT_NOQUOTES); var_dump(count($t), md5(serialize($t)));
var_dump(count(get_html_translation_table(HTML_ENTITIES, ENT_QUOTES, "ISO-8859-1")), bin2hex(implode("", array_keys(get_html_translation_table(HTML_ENTITIES, ENT_QUOTES, "ISO-8859-1")))));
--EXPECT--
array(3) {
  ["&"]=>
  string(5) "&amp;"
  ["<"]=>
  string(4) "&lt;"
  [">"]=>
  string(4) "&gt;"
}
array(4) {
  ["""]=>
  string(6) "&quot;"
  ["&"]=>
  string(5) "&amp;"
  ["<"]=>
  string(4) "&lt;"
  [">"]=>
  string(4) "&gt;"
}
array(5) {
  ["""]=>
  string(6) "&quot;"
  ["&"]=>
  string(5) "&amp;"
  ["'"]=>
  string(6) "&apos;"
  ["<"]=>
  string(4) "&lt;"
  [">"]=>
  string(4) "&gt;"
}
int(5)
int(253)
string(6) "&#039;"
int(253)
string(32) "1ca0faafc69509297d049672567fd3c8"
int(251)
string(32) "251920be301c6ce47b26c655beb9b8db"
int(101)
string(202) "2226273c3ea0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"
