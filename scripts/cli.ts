// `npm run cli -- <group> <command> [...]`: the administrators' and batch command line. Each
// command lives in its own module under scripts/cli/ and is registered here, loaded on demand.
type CommandModule = { run(args: string[]): Promise<number> };

const commands: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  'pdf sample': { summary: 'pdf sample --out FILE [--kind decision|certificate|form-01…07] [--draft DRAFT.json] — văn bản mẫu điền sẵn', load: () => import('./cli/pdf-sample') },
  'pdf sign': { summary: 'pdf sign IN OUT --p12 FILE [--tsa URL] — ký số PAdES (mật khẩu: DESK_P12_PASSPHRASE hoặc hỏi)', load: () => import('./cli/pdf-sign') },
  'pdf verify': { summary: 'pdf verify FILE [--ca FILE]... [--json] — kiểm tra chữ ký số', load: () => import('./cli/pdf-verify') },
};

function usage(): string {
  return ['Usage: npm run cli -- <command> [options]', '', ...Object.values(commands).map((c) => `  ${c.summary}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const key = argv.slice(0, 2).join(' ');
  const command = commands[key];
  if (!command) {
    console.error(argv.length > 0 ? `Lệnh không rõ: ${key}\n\n${usage()}` : usage());
    return 2;
  }
  return (await command.load()).run(argv.slice(2));
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
