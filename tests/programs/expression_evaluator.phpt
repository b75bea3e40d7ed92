--TEST--
a tokenizer, recursive-descent parser and evaluator built from classes
--FILE--
<?php
enum TokenType { case Num; case Ident; case Op; case LParen; case RParen; case Comma; case End; }

final class Token {
    public function __construct(public readonly TokenType $type, public readonly string $text, public readonly int $pos) {}
    public function __toString(): string { return "{$this->type->name}({$this->text})"; }
}

class SyntaxError extends Exception {}

function is_digit(string $c): bool { return $c >= '0' && $c <= '9'; }
function is_alpha(string $c): bool { return ($c >= 'a' && $c <= 'z') || ($c >= 'A' && $c <= 'Z') || $c === '_'; }

class Lexer implements IteratorAggregate {
    public function __construct(private string $src) {}
    public function getIterator(): Generator {
        $i = 0; $n = strlen($this->src);
        while ($i < $n) {
            $c = $this->src[$i];
            if ($c === ' ') { $i++; continue; }
            if (is_digit($c) || $c === '.') {
                $s = $i;
                while ($i < $n && (is_digit($this->src[$i]) || $this->src[$i] === '.')) $i++;
                yield new Token(TokenType::Num, substr($this->src, $s, $i - $s), $s);
            } elseif (is_alpha($c)) {
                $s = $i;
                while ($i < $n && (is_alpha($this->src[$i]) || is_digit($this->src[$i]))) $i++;
                yield new Token(TokenType::Ident, substr($this->src, $s, $i - $s), $s);
            } elseif (str_contains('+-*/^', $c)) {
                yield new Token(TokenType::Op, $c, $i++);
            } elseif ($c === '(') { yield new Token(TokenType::LParen, $c, $i++);
            } elseif ($c === ')') { yield new Token(TokenType::RParen, $c, $i++);
            } elseif ($c === ',') { yield new Token(TokenType::Comma, $c, $i++);
            } else throw new SyntaxError("Unexpected '$c' at $i");
        }
        yield new Token(TokenType::End, '', $n);
    }
}

abstract class Node { abstract public function eval(array $env): float|int; }
class Num extends Node {
    public function __construct(private float|int $v) {}
    public function eval(array $env): float|int { return $this->v; }
}
class Variable extends Node {
    public function __construct(private string $name) {}
    public function eval(array $env): float|int {
        return $env[$this->name] ?? throw new OutOfBoundsException("Unknown variable {$this->name}");
    }
}
class BinOp extends Node {
    public function __construct(private string $op, private Node $l, private Node $r) {}
    public function eval(array $env): float|int {
        $a = $this->l->eval($env); $b = $this->r->eval($env);
        return match ($this->op) {
            '+' => $a + $b, '-' => $a - $b, '*' => $a * $b,
            '/' => $b == 0 ? throw new DivisionByZeroError("Division by zero") : $a / $b,
            '^' => $a ** $b,
        };
    }
}
class Neg extends Node {
    public function __construct(private Node $e) {}
    public function eval(array $env): float|int { return -$this->e->eval($env); }
}
class Call extends Node {
    private static array $fns = [];
    public static function register(string $name, callable $f): void { self::$fns[$name] = $f(...); }
    public function __construct(private string $name, private array $args) {}
    public function eval(array $env): float|int {
        $f = self::$fns[$this->name] ?? throw new BadFunctionCallException("Unknown function {$this->name}");
        return $f(...array_map(fn(Node $n) => $n->eval($env), $this->args));
    }
}

class Parser {
    private array $toks; private int $p = 0;
    const PREC = ['+' => [1, 'L'], '-' => [1, 'L'], '*' => [2, 'L'], '/' => [2, 'L'], '^' => [3, 'R']];
    public function __construct(iterable $tokens) { $this->toks = iterator_to_array($tokens, false); }
    private function peek(): Token { return $this->toks[$this->p]; }
    private function take(TokenType $t): Token {
        $tok = $this->toks[$this->p];
        if ($tok->type !== $t) throw new SyntaxError("Expected {$t->name}, got $tok at {$tok->pos}");
        $this->p++;
        return $tok;
    }
    public function parse(): Node { $n = $this->expr(0); $this->take(TokenType::End); return $n; }
    private function expr(int $min): Node {
        $lhs = $this->unary();
        while (($t = $this->peek())->type === TokenType::Op && self::PREC[$t->text][0] >= $min) {
            [$prec, $assoc] = self::PREC[$t->text];
            $this->p++;
            $rhs = $this->expr($assoc === 'L' ? $prec + 1 : $prec);
            $lhs = new BinOp($t->text, $lhs, $rhs);
        }
        return $lhs;
    }
    private function unary(): Node {
        $t = $this->peek();
        if ($t->type === TokenType::Op && $t->text === '-') { $this->p++; return new Neg($this->unary()); }
        return $this->primary();
    }
    private function primary(): Node {
        $t = $this->peek();
        switch ($t->type) {
            case TokenType::Num: $this->p++; return new Num(str_contains($t->text, '.') ? (float) $t->text : (int) $t->text);
            case TokenType::LParen: $this->p++; $e = $this->expr(0); $this->take(TokenType::RParen); return $e;
            case TokenType::Ident:
                $this->p++;
                if ($this->peek()->type !== TokenType::LParen) return new Variable($t->text);
                $this->p++; $args = [];
                if ($this->peek()->type !== TokenType::RParen) {
                    do { $args[] = $this->expr(0); } while ($this->peek()->type === TokenType::Comma && ++$this->p);
                }
                $this->take(TokenType::RParen);
                return new Call($t->text, $args);
            default: throw new SyntaxError("Unexpected $t at {$t->pos}");
        }
    }
}

Call::register('max', max(...));
Call::register('sqrt', 'sqrt');
Call::register('avg', fn(...$xs) => array_sum($xs) / count($xs));
echo implode(" ", iterator_to_array(new Lexer("2*(x+1)"))), "\n";
$env = ['x' => 3, 'y' => 0.5];
$cases = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "10 / 4", "max(1, x * 2, 5) + sqrt(16)",
    "avg(1, 2, 3, 4) * y", "8 / (x - 3)", "z + 1", "2 * (3 + ", "foo(1)", "3 $ 4", "7 - 2 - 1"];
foreach ($cases as $src) {
    try {
        $v = (new Parser(new Lexer($src)))->parse()->eval($env);
        echo str_pad($src, 28), " = ", var_export($v, true), "\n";
    } catch (SyntaxError $e) {
        echo str_pad($src, 28), " ! syntax: ", $e->getMessage(), "\n";
    } catch (Throwable $e) {
        echo str_pad($src, 28), " ! ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
--EXPECT--
Num(2) Op(*) LParen(() Ident(x) Op(+) Num(1) RParen()) End()
1 + 2 * 3                    = 7
(1 + 2) * 3                  = 9
2 ^ 3 ^ 2                    = 512
-x ^ 2                       = 9
10 / 4                       = 2.5
max(1, x * 2, 5) + sqrt(16)  = 10.0
avg(1, 2, 3, 4) * y          = 1.25
8 / (x - 3)                  ! DivisionByZeroError: Division by zero
z + 1                        ! OutOfBoundsException: Unknown variable z
2 * (3 +                     ! syntax: Unexpected End() at 9
foo(1)                       ! BadFunctionCallException: Unknown function foo
3 $ 4                        ! syntax: Unexpected '$' at 2
7 - 2 - 1                    = 4
