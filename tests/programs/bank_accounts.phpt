--TEST--
a bank domain with interfaces, abstract classes, traits, exceptions and static counters
--FILE--
<?php
interface Account {
    public function id(): string;
    public function balance(): int;
    public function deposit(int $cents): void;
    public function withdraw(int $cents): void;
}

class InsufficientFunds extends RuntimeException {
    public function __construct(public readonly string $accountId, public readonly int $missing) {
        parent::__construct(sprintf("Account %s is short by %s", $accountId, Money::format($missing)));
    }
}

class AccountFrozen extends LogicException {}

final class Money {
    public static function format(int $cents): string {
        $sign = $cents < 0 ? "-" : "";
        $cents = abs($cents);
        return sprintf("%s$%d.%02d", $sign, intdiv($cents, 100), $cents % 100);
    }
}

trait Freezable {
    private bool $frozen = false;
    public function freeze(): void { $this->frozen = true; }
    protected function assertActive(): void {
        if ($this->frozen) throw new AccountFrozen("Account {$this->id()} is frozen");
    }
}

abstract class BaseAccount implements Account {
    use Freezable;
    private static int $next = 1;
    protected int $balance = 0;
    private string $id;
    protected array $history = [];

    public function __construct(protected string $owner) {
        $this->id = static::PREFIX . str_pad((string) self::$next++, 3, "0", STR_PAD_LEFT);
    }
    public function id(): string { return $this->id; }
    public function balance(): int { return $this->balance; }
    public function deposit(int $cents): void {
        $this->assertActive();
        if ($cents <= 0) throw new InvalidArgumentException("Deposit must be positive");
        $this->balance += $cents;
        $this->history[] = "+" . Money::format($cents);
    }
    public function withdraw(int $cents): void {
        $this->assertActive();
        $available = $this->balance + $this->overdraft();
        if ($cents > $available) throw new InsufficientFunds($this->id, $cents - $available);
        $this->balance -= $cents;
        $this->history[] = "-" . Money::format($cents);
    }
    abstract protected function overdraft(): int;
    public function history(): string { return implode(" ", $this->history); }
    public function __toString(): string {
        return sprintf("%-8s %-6s %10s", $this->id, $this->owner, Money::format($this->balance));
    }
}

class Checking extends BaseAccount {
    const PREFIX = "CHK";
    protected function overdraft(): int { return 5000; }
}

class Savings extends BaseAccount {
    const PREFIX = "SAV";
    public function __construct(string $owner, private float $rate) { parent::__construct($owner); }
    protected function overdraft(): int { return 0; }
    public function addInterest(): void { $this->deposit((int) round($this->balance * $this->rate)); }
}

class Bank {
    /** @var Account[] */
    private array $accounts = [];
    public function open(Account $a): Account { return $this->accounts[$a->id()] = $a; }
    public function transfer(string $from, string $to, int $cents): void {
        $src = $this->accounts[$from] ?? throw new OutOfBoundsException("No account $from");
        $dst = $this->accounts[$to] ?? throw new OutOfBoundsException("No account $to");
        $src->withdraw($cents);
        try {
            $dst->deposit($cents);
        } catch (Exception $e) {
            $src->deposit($cents);
            throw new RuntimeException("Transfer rolled back", 0, $e);
        }
    }
    public function total(): int { return array_sum(array_map(fn(Account $a) => $a->balance(), $this->accounts)); }
    public function report(): void { foreach ($this->accounts as $a) echo $a, "\n"; }
}

$bank = new Bank;
$alice = $bank->open(new Checking("alice"));
$bob = $bank->open(new Savings("bob", 0.05));
$carol = $bank->open(new Checking("carol"));
$alice->deposit(10000);
$bob->deposit(25050);
$bob->addInterest();
$bank->transfer("CHK001", "CHK003", 12000);

$attempts = [
    fn() => $bank->transfer("SAV002", "CHK001", 999999),
    fn() => $bank->transfer("CHK001", "XXX", 1),
    fn() => $alice->deposit(-5),
    function () use ($bank, $carol) { $carol->freeze(); $bank->transfer("CHK001", "CHK003", 100); },
];
foreach ($attempts as $i => $try) {
    try {
        $try();
    } catch (InsufficientFunds $e) {
        echo "$i: insufficient: ", $e->getMessage(), " [", $e->accountId, "]\n";
    } catch (LogicException | OutOfBoundsException $e) {
        echo "$i: ", get_class($e), ": ", $e->getMessage(), "\n";
    } catch (RuntimeException $e) {
        echo "$i: ", $e->getMessage(), " because ", get_class($e->getPrevious()), ": ", $e->getPrevious()->getMessage(), "\n";
    }
}
$bank->report();
echo "total: ", Money::format($bank->total()), "\n";
echo "alice: ", $alice->history(), "\n";
var_dump($bob instanceof Account, $bob instanceof BaseAccount, $bob instanceof Checking);
--EXPECT--
0: insufficient: Account SAV002 is short by $9736.96 [SAV002]
1: OutOfBoundsException: No account XXX
2: InvalidArgumentException: Deposit must be positive
3: Transfer rolled back because AccountFrozen: Account CHK003 is frozen
CHK001   alice     -$20.00
SAV002   bob       $263.03
CHK003   carol     $120.00
total: $363.03
alice: +$100.00 -$120.00 -$1.00 +$1.00
bool(true)
bool(true)
bool(false)
