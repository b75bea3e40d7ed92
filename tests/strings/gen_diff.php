<?php
/* gen_diff.php - differential test generator for the string builtins.
 *
 *   php -n tests/strings/gen_diff.php DIR [SEED] [N] [FILTER]
 *
 * Writes N scripts (default 400) DIR/0000.php... each var_dump()ing one
 * random call with edge-case arguments (empty strings, binary bytes,
 * negative offsets, huge widths, wrong types, null), so that php's and
 * minphp's outputs (results, warnings, uncaught errors) must be identical.
 * FILTER (a regex) limits the functions. tests/strings/diff.sh runs it; the
 * generated scripts are never committed. */

$dir = $argv[1] ?? '/tmp/strdiff';
$seed = (int)($argv[2] ?? 1);
$n = (int)($argv[3] ?? 400);
$filter = $argv[4] ?? '';
mt_srand($seed);

function lit($v): string
{
    if (is_string($v)) {
        $o = '"';
        for ($i = 0; $i < strlen($v); $i++) {
            $c = ord($v[$i]);
            $o .= ($c >= 32 && $c < 127 && !in_array($v[$i], ['"', '\\', '$'])) ? $v[$i] : sprintf('\x%02x', $c);
        }
        return $o . '"';
    }
    if (is_float($v)) {
        if (is_nan($v)) return 'NAN';
        if (is_infinite($v)) return $v > 0 ? 'INF' : '-INF';
        return var_export($v, true);
    }
    if (is_int($v)) return $v === PHP_INT_MIN ? 'PHP_INT_MIN' : (string)$v;
    if (is_array($v)) {
        $p = [];
        foreach ($v as $k => $e) $p[] = lit($k) . ' => ' . lit($e);
        return '[' . implode(', ', $p) . ']';
    }
    return var_export($v, true);
}

function pick(array $a) { return $a[mt_rand(0, count($a) - 1)]; }

$S = ['', 'a', 'abc', 'Hello World', "hello world foo bar", "\0", "a\0b", "\xff\xfe", "  padded \t\n", 'a,b,,c',
      '1.5', '42', '-7', 'ÄÖü€', "caf\xc3\xa9", 'aaa', 'abcabcabc', 'The quick brown fox jumps over the lazy dog',
      'A..Z', 'a..z', '..', 'x..', '0123456789', "line1\nline2\r\nline3\rline4", '<b>bold</b> & "q" \'s\'',
      'MiXeD CaSe', '%s %d %05.2f', 'ab', 'ba', 'img12.png', 'img10.png', 'IMG2.png', '   ', '-', "it's", 'x-y-'];
$I = [0, 1, -1, 2, 3, 5, -3, 7, 10, -10, 100, 1000, PHP_INT_MAX, PHP_INT_MIN, 255, 256, -129, 65];
$F = [0.0, -0.0, 1.5, -1.5, 0.1, 1e20, 1e-7, 123456.789, -0.5, 2.5, 1e15, 0.05, 1.005, NAN, INF, -INF, 3.14159265358979];
$Z = array_merge($S, $I, $F, [null, true, false, [], ['a', 'b'], [1 => 'x', 'k' => 'y']]);
$A = [[], ['a', 'b', 'c'], ['x' => 'X', 'abc' => 'Z', 'a' => '1'], [1, 2.5, true, null], ['', 'a'], ['Hello', 'World'],
      ['b' => 'B', 'bc' => 'BC', 'abc' => '_'], [3 => 'three', 'o' => '0']];

/* random tag soup for strip_tags' state machine */
function soup(): string
{
    $tok = ['<', '>', '<p>', '</p>', '<b class="x">', "'", '"', '!', '?', '-', '--', '<!--', '-->', '<?', '?>', '<?xml',
            '<!DOCTYPE', 'a', 'text ', ' ', "\n", '(', ')', '\\', '/', '<br/>', "\0", '=', 'x>y'];
    $s = '';
    for ($i = mt_rand(1, 12); $i > 0; $i--) $s .= $tok[mt_rand(0, count($tok) - 1)];
    return $s;
}
$SOUP = [];
for ($i = 0; $i < 60; $i++) $SOUP[] = soup();

/* random printf formats: flags, width, precision, positional arguments */
function fmt(): string
{
    $f = '';
    for ($n = mt_rand(1, 3); $n > 0; $n--) {
        $f .= ['', 'x', ' ', '|'][mt_rand(0, 3)] . '%';
        if (mt_rand(0, 4) == 0) $f .= mt_rand(1, 3) . '$';
        for ($k = mt_rand(0, 2); $k > 0; $k--) $f .= ['-', '+', ' ', '0', "'*", "'0"][mt_rand(0, 5)];
        if (mt_rand(0, 1)) $f .= mt_rand(0, 12);
        if (mt_rand(0, 2) == 0) $f .= '.' . mt_rand(0, 10);
        $f .= 'bcdeEfFgGhHosuxX%'[mt_rand(0, 16)];
    }
    return $f;
}
$FMT = [];
for ($i = 0; $i < 80; $i++) $FMT[] = fmt();

/* name => list of argument pools (trailing '?' = optional) */
$sigs = [
    'substr' => [$S, $I, [null, ...$I]],
    'substr_count' => [$S, $S, $I, [null, ...$I]],
    'substr_replace' => [[...$S, ...$A], [...$S, ...$A], [...$I, [0, 1], [-1, 2]], [null, ...$I, [1], [-1, 0]]],
    'str_replace' => [[...$S, ...$A], [...$S, ...$A], [...$S, ...$A]],
    'str_ireplace' => [[...$S, ...$A], [...$S, ...$A], [...$S, ...$A]],
    'str_repeat' => [$S, [0, 1, 2, 3, -1, 5]],
    'str_pad' => [$S, [0, 1, 5, 8, 13, -1, 20], [' ', '', 'ab', '-=', "\0"], [0, 1, 2, 3, -1]],
    'str_split' => [$S, [1, 2, 3, 0, -1, 100]],
    'str_contains' => [$S, $S],
    'str_starts_with' => [$S, $S],
    'str_ends_with' => [$S, $S],
    'str_word_count' => [$S, [0, 1, 2, 3], [null, '', '0..9', "'", '-', 'é', 'a..']],
    'strpos' => [$S, $S, $I],
    'stripos' => [$S, $S, $I],
    'strrpos' => [$S, $S, $I],
    'strripos' => [$S, $S, $I],
    'strstr' => [$S, $S, [false, true]],
    'stristr' => [$S, $S, [false, true]],
    'strrchr' => [$S, $S],
    'trim' => [$S, [' ', 'a..z', 'A..Z', 'a..', '..z', 'z..a', 'a..b..c', "\0", 'abc', '', ' ..~']],
    'ltrim' => [$S, [' ', 'a..z', '0..9', 'ab', '']],
    'rtrim' => [$S, [' ', 'a..z', "\n", 'ab', '']],
    'strtolower' => [$S],
    'strtoupper' => [$S],
    'ucfirst' => [$S],
    'lcfirst' => [$S],
    'ucwords' => [$S, [' ', '-', " -\n", '', 'a..c']],
    'wordwrap' => [$S, [0, 1, 3, 5, 10, -1, 75], ["\n", '<br>', '', ' ', 'x'], [false, true]],
    'nl2br' => [$S, [true, false]],
    'strrev' => [$S],
    'strtr' => [$S, [...$S, ...$A], [null, ...$S]],
    'strcmp' => [$S, $S],
    'strcasecmp' => [$S, $S],
    'strncmp' => [$S, $S, [0, 1, 2, 3, -1, 100]],
    'strncasecmp' => [$S, $S, [0, 1, 2, 3, -1, 100]],
    'strnatcmp' => [$S, $S],
    'strnatcasecmp' => [$S, $S],
    'similar_text' => [$S, $S],
    'levenshtein' => [$S, $S, [1, 2, 0], [1, 3], [1, 4]],
    'soundex' => [$S],
    'metaphone' => [[...$S, 'Thompson', 'knight', 'school', 'character', 'Xavier', 'wright', 'science', 'laugh', 'dodge', 'sign', 'Schwarz'], [0, 1, 2, 5, -1]],
    'implode' => [[...$S, ...$A], [null, ...$A, 'x']],
    'explode' => [[',', '', 'a', ', ', 'abc', ' '], $S, [...$I, null]],
    'chr' => [$I],
    'ord' => [$S],
    'bin2hex' => [$S],
    'hex2bin' => [['', 'ab', '0a0b', 'abc', 'zz', 'ABCDEF', '00ff']],
    'addslashes' => [$S],
    'stripslashes' => [[...$S, 'a\\\\b', 'a\\0b', 'a\\', '\\\'x']],
    'quotemeta' => [[...$S, '1+1=2?', '[a]*(b)$^.\\']],
    'chunk_split' => [$S, [1, 2, 3, 76, 0, -1], [null, '|', '', "\r\n"]],
    'str_getcsv' => [['a,b,c', '"a,b",c', '"a""b",c', ' "x" ,y', 'a,"b', '"a\\"b",c', "a,b\n", "\"a\nb\",c", '', ',', 'x,,', '"ab"cd,e', "a;b", '"a"   ,b'], [',', ';', '', 'ab'], ['"', "'", ''], ['\\', '', 'x']],
    'sprintf' => [['%s', '%d', '%05d', '%-5d|', '%+d', '%x', '%X', '%o', '%b', '%c', '%e', '%E', '%f', '%F', '%g', '%G', '%u', '%%',
                   '%5.2f', '%-10s|', "%'*10s", '%010.3f', '%.3e', '%1$s-%1$s', '%2$s', '%.1f', '%.0f', '%5s', '%.2s', '%-08.3f', '%+.2e',
                   '%h', '%H', '%.15g', '%.3g', '%q', '%', '%0$s', '%*d', '%.*f', '%05s', '%+05d', '% 5d', '%l5d', '%.60f'], $Z, $Z],
    'sprintf ' => [$FMT, $Z, $Z, $Z],
    'vsprintf' => [['%s-%s', '%d', '%2$s %1$s', '%05.1f'], [[], [1], [1, 2], ['a', 'b', 'c'], [1.5, 'x']]],
    'number_format' => [[...$F, 1234567.891, -1234.567, 0.5, 1.5, 2.5, -2.5, 999.999, 1e100], [0, 1, 2, 3, -1, -2, 10], ['.', ',', '', ' . '], [',', '.', '', ' ']],
    'dechex' => [$I], 'decbin' => [$I], 'decoct' => [$I],
    'hexdec' => [['ff', 'FF', '0x1A', 'zz', '', 'ffffffffffffffff', '7fffffffffffffff', '-1', 'g1']],
    'bindec' => [['101', '0b11', '12', '', '1111111111111111111111111111111111111111111111111111111111111111']],
    'octdec' => [['777', '0o17', '89', '', '1777777777777777777777']],
    'base_convert' => [['ff', '1010', 'zz', '-12', 'Z9', '', '0'], [2, 10, 16, 36, 1, 37], [2, 10, 16, 36, 0]],
    'similar_text' => [$S, $S],
    'htmlspecialchars' => [[...$S, '&amp; &lt; &#39; &#x27; &foo; &#1234567;', "bad \xc3 utf8"], [3, 2, 0, 8, 4, 16, 32, 48, 11], [null, 'UTF-8'], [true, false]],
    'htmlspecialchars_decode' => [['&amp;amp; &lt;b&gt; &quot;x&quot; &#039;y&#039; &#39; &#x27; &apos; &#60;', '&lt;&gt;'], [3, 2, 0, 16, 48, 11]],
    'html_entity_decode' => [['&eacute;&hellip;&nbsp;&amp;&lt;&copy;&euro;&apos;&#65;&#x41;&#0;&#128;&#xD800;&#x10FFFF;&#1114112;&bogus;', '&amp', '&#', '&#x;', '&quot;&#039;'], [3, 2, 0, 16, 32, 11]],
    'htmlentities' => [[...$S, 'naïve café © ™ € “q”', "\xe2\x82", '&eacute; &apos; &hellip'], [3, 2, 0, 8, 16, 32], [null, 'ISO-8859-1', 'bogus'], [true, false]],
    'strip_tags' => [['<p>Hello <b>World</b></p>', 'a < b and c > d', '<a href="x>y">link</a>', '<?php echo 1; ?>text', '<!-- c -->x', '<br/>x<br />y', "<p\n>z</p>", '<<b>>', 'x<', '<!DOCTYPE html><p>q', '"<b>"', "<p>'</p>x'", '<? x ?>y', '<a<b>c>d', ...$SOUP], [null, '<b>', '<p><b>', ['b', 'p'], '<br>', '']],
    'ctype_digit' => [$Z], 'ctype_alpha' => [$Z], 'ctype_alnum' => [$Z], 'ctype_upper' => [$Z], 'ctype_lower' => [$Z],
    'ctype_space' => [$Z], 'ctype_punct' => [$Z], 'ctype_xdigit' => [$Z], 'ctype_cntrl' => [$Z], 'ctype_graph' => [$Z], 'ctype_print' => [$Z],
    'mb_strlen' => [[...$S, "\xc3", "\xe2\x82", "\xf0\x9f\x98\x80x", "\x80\x80"], [null, 'UTF-8', 'utf8', 'bogus']],
    'mb_substr' => [[...$S, "h\xc3\xa9llo w\xc3\xb6rld", "\xf0\x9f\x98\x80ab"], $I, [null, ...$I]],
    'mb_strtoupper' => [[...$S, 'straße', 'ǆ ǅ', 'ﬁ', 'ΐ', 'istanbul', 'àéîõü', "\xc3"]],
    'mb_strtolower' => [[...$S, 'ÀÉÎÕÜ', 'ΣΑΣ', 'İ', 'ǅ', 'ÅNGSTRÖM', "\xc3"]],
    'mb_str_split' => [[...$S, 'héllo', "\xf0\x9f\x98\x80ab"], [1, 2, 3, 0]],
    'mb_strpos' => [[...$S, 'héllo héllo'], ['l', 'é', '', 'o h', 'x'], [0, 1, -1, -3, 5, 100]],
];

/* One small script per call (minphp has no try/catch yet, so an uncaught
 * error must end only its own call): DIR/0000.php, DIR/0001.php, ... */
$names = array_keys($sigs);
if ($filter !== '') $names = array_values(array_filter($names, fn($x) => preg_match("/$filter/", $x)));
@mkdir($dir);
for ($k = 0; $k < $n; $k++) {
    $f = trim(pick($names));
    $args = [];
    $pools = $sigs[$f] ?? $sigs["$f "];
    if (isset($sigs["$f "]) && mt_rand(0, 1)) $pools = $sigs["$f "];
    $nargs = mt_rand(1, count($pools));
    if (mt_rand(0, 3)) $nargs = count($pools);
    for ($i = 0; $i < $nargs; $i++) $args[] = lit(pick($pools[$i]));
    file_put_contents(sprintf('%s/%04d.php', $dir, $k), "<?php\nvar_dump($f(" . implode(', ', $args) . "));\n");
}
