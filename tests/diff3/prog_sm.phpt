--TEST--
realistic program: CSV and vending-machine state machines
--FILE--
<?php
// CSV parser as a state machine
function parse_csv(string $s): array {
    $rows = []; $row = []; $field = ''; $state = 'start';
    for ($i = 0, $n = strlen($s); $i < $n; $i++) {
        $c = $s[$i];
        switch ($state) {
            case 'start':
                if ($c === '"') { $state = 'quoted'; break; }
                $state = 'plain';
                // fallthrough
            case 'plain':
                if ($c === ',') { $row[] = $field; $field = ''; $state = 'start'; }
                elseif ($c === "\n") { $row[] = $field; $rows[] = $row; $row = []; $field = ''; $state = 'start'; }
                else $field .= $c;
                break;
            case 'quoted':
                if ($c === '"') $state = 'quote_in_quoted'; else $field .= $c;
                break;
            case 'quote_in_quoted':
                if ($c === '"') { $field .= '"'; $state = 'quoted'; }
                elseif ($c === ',') { $row[] = $field; $field = ''; $state = 'start'; }
                elseif ($c === "\n") { $row[] = $field; $rows[] = $row; $row = []; $field = ''; $state = 'start'; }
                else { $state = 'error'; break 2; }
                break;
        }
    }
    if ($state === 'error') return ['error' => "bad char at $i"];
    if ($state === 'quoted') return ['error' => 'unterminated'];
    if ($field !== '' || $row) { $row[] = $field; $rows[] = $row; }
    return $rows;
}
var_export(parse_csv("a,b,c\n1,\"two, 2\",3\n\"q\"\"uote\",,\n\"multi\nline\",x"));
echo "\n";
var_export(parse_csv('"abc"x,1')); echo "\n";
var_export(parse_csv('"abc')); echo "\n";
var_export(parse_csv('')); echo "\n";
// traffic light / vending machine with transition table
$transitions = [
    'idle' => ['coin' => 'ready', 'push' => 'idle'],
    'ready' => ['coin' => 'ready', 'push' => 'vending', 'refund' => 'idle'],
    'vending' => ['done' => 'idle'],
];
$actions = [
    'ready' => function (&$ctx) { $ctx['credit'] += 25; },
    'vending' => function (&$ctx) { $ctx['credit'] -= 50; $ctx['sold']++; },
    'idle' => fn(&$ctx) => null,
];
$ctx = ['credit' => 0, 'sold' => 0];
$state = 'idle';
foreach (['push', 'coin', 'coin', 'push', 'done', 'coin', 'refund', 'kick', 'coin', 'push', 'push'] as $ev) {
    $next = $transitions[$state][$ev] ?? null;
    if ($next === null) { echo "[$state] ignores $ev\n"; continue; }
    echo "[$state] --$ev--> [$next]\n";
    $state = $next;
    $actions[$state]($ctx);
}
print_r($ctx);
// number lexer state machine
function classify($s) {
    $st = 0; // 0 start,1 sign,2 int,3 dot,4 frac,5 e,6 esign,7 exp
    $tbl = [0 => ['s' => 1, 'd' => 2, '.' => 3], 1 => ['d' => 2, '.' => 3], 2 => ['d' => 2, '.' => 4, 'e' => 5], 3 => ['d' => 4], 4 => ['d' => 4, 'e' => 5], 5 => ['s' => 6, 'd' => 7], 6 => ['d' => 7], 7 => ['d' => 7]];
    for ($i = 0; $i < strlen($s); $i++) {
        $c = $s[$i];
        $cls = ($c >= '0' && $c <= '9') ? 'd' : (($c == '+' || $c == '-') ? 's' : (($c == 'e' || $c == 'E') ? 'e' : $c));
        if (!isset($tbl[$st][$cls])) return false;
        $st = $tbl[$st][$cls];
    }
    return match ($st) { 2 => 'int', 4 => 'float', 7 => 'exp', default => false };
}
foreach (['12', '-3.5', '1e10', '.5', '5.', '+', 'e5', '1e+', '1.2.3', '-0', '00012', ''] as $t) echo var_export($t, true), ' => ', var_export(classify($t), true), ' / ', var_export(is_numeric($t), true), "\n";
--EXPECT--
array (
  0 => 
  array (
    0 => 'a',
    1 => 'b',
    2 => 'c',
  ),
  1 => 
  array (
    0 => '1',
    1 => 'two, 2',
    2 => '3',
  ),
  2 => 
  array (
    0 => 'q"uote',
    1 => '',
    2 => '',
  ),
  3 => 
  array (
    0 => 'multi
line',
    1 => 'x',
  ),
)
array (
  'error' => 'bad char at 5',
)
array (
  'error' => 'unterminated',
)
array (
)
[idle] --push--> [idle]
[idle] --coin--> [ready]
[ready] --coin--> [ready]
[ready] --push--> [vending]
[vending] --done--> [idle]
[idle] --coin--> [ready]
[ready] --refund--> [idle]
[idle] ignores kick
[idle] --coin--> [ready]
[ready] --push--> [vending]
[vending] ignores push
Array
(
    [credit] => 0
    [sold] => 2
)
'12' => 'int' / true
'-3.5' => 'float' / true
'1e10' => 'exp' / true
'.5' => 'float' / true
'5.' => 'float' / true
'+' => false / false
'e5' => false / false
'1e+' => false / false
'1.2.3' => false / false
'-0' => 'int' / true
'00012' => 'int' / true
'' => false / false
