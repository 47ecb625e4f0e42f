'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { serializeAdvisorParams, type Answers, type Question } from '@/lib/advisor';
import { useHydrated } from '../use-hydrated';
import { advisorHref } from '@/lib/routes';

export interface WizardClientGroup {
  id: string;
  label: string;
  clients: Array<{ id: string; name: string; platforms: string }>;
}

export interface WizardAnswers {
  devices?: string;
  offline?: string;
  organize?: string;
  clients: string[];
}

interface Props {
  questions: readonly Question[];
  clientGroups: WizardClientGroup[];
  initial: WizardAnswers;
  /** Messages about answers in the URL that were not understood (already safe text). */
  problems: Array<{ param: string; message: string }>;
}

const BASE_TITLE = 'POP3 or IMAP? Ask the advisor · Mailguide';

function toAnswers(values: WizardAnswers): Partial<Answers> {
  const devices = values.devices ? Number(values.devices) : undefined;
  return {
    ...(devices ? { devices } : {}),
    ...(values.offline ? { offline: values.offline as Answers['offline'] } : {}),
    ...(values.organize ? { organize: values.organize as Answers['organize'] } : {}),
    clients: values.clients,
  };
}

/**
 * The questionnaire. Rendered on the server as a plain GET form with every question visible, so
 * it works with JavaScript off. Once hydrated it becomes a one-question-per-step wizard that keeps
 * the URL in sync (with `edit=1`, so a reload returns to the questions rather than the result).
 */
export function AdvisorWizard({ questions, clientGroups, initial, problems }: Props) {
  const router = useRouter();
  // false on the server and during hydration, true afterwards: the no-JS form is the baseline.
  const enhanced = useHydrated();
  const [values, setValues] = useState<WizardAnswers>(initial);
  const [step, setStep] = useState(() => {
    const firstOpen = questions.findIndex((q) => q.required && !initial[q.id as 'devices' | 'offline' | 'organize']);
    return firstOpen === -1 ? 0 : firstOpen;
  });
  const [error, setError] = useState<string | null>(null);
  const headingRefs = useRef<Array<HTMLHeadingElement | null>>([]);
  const moved = useRef(false);
  const total = questions.length;

  // Keep the address bar and the title in step with the wizard, so a copied URL or a reload keeps the answers.
  useEffect(() => {
    if (!enhanced) return;
    const query = serializeAdvisorParams(toAnswers(values));
    const url = `/advisor?${query ? `${query}&` : ''}edit=1`;
    window.history.replaceState(window.history.state, '', url);
    const question = questions[step];
    document.title = `Step ${step + 1} of ${total}: ${question?.legend ?? ''} · Mailguide`;
    return () => {
      document.title = BASE_TITLE;
    };
  }, [enhanced, values, step, questions, total]);

  // Move focus to the new step's heading, but not on first load (that would hijack the page).
  useEffect(() => {
    if (!enhanced || !moved.current) return;
    headingRefs.current[step]?.focus();
  }, [enhanced, step]);

  const setSingle = (id: string, value: string) => {
    setValues((current) => ({ ...current, [id]: value }));
    setError(null);
  };

  const toggleClient = (id: string, checked: boolean) => {
    setValues((current) => ({
      ...current,
      clients: checked ? [...current.clients.filter((c) => c !== id), id] : current.clients.filter((c) => c !== id),
    }));
  };

  const go = (next: number) => {
    const question = questions[step];
    if (next > step && question?.required && !values[question.id as 'devices' | 'offline' | 'organize']) {
      setError('Choose one answer to continue.');
      return;
    }
    setError(null);
    moved.current = true;
    setStep(next);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (!enhanced) return; // plain GET submit
    event.preventDefault();
    const missing = questions.findIndex((q) => q.required && !values[q.id as 'devices' | 'offline' | 'organize']);
    if (missing !== -1) {
      moved.current = true;
      setStep(missing);
      setError('Choose one answer to continue.');
      return;
    }
    router.push(`/advisor?${serializeAdvisorParams(toAnswers(values))}`);
  };

  return (
    <form action={advisorHref()} method="get" onSubmit={submit} noValidate={enhanced} className="max-w-2xl" aria-describedby={problems.length ? 'advisor-problems' : undefined}>
      {problems.length > 0 ? (
        <div id="advisor-problems" role="alert" className="mb-6 rounded-lg border-2 border-amber-600 bg-amber-50 p-4 text-slate-900 dark:bg-amber-950/50 dark:text-slate-100">
          <p className="font-semibold">Some answers in this link could not be read:</p>
          <ul className="mt-2 list-disc pl-5">
            {problems.map((problem, index) => (
              <li key={`${problem.param}-${index}`}>{problem.message}</li>
            ))}
          </ul>
          <p className="mt-2">The answers we could read are filled in below.</p>
        </div>
      ) : null}

      {questions.map((question, index) => {
        const visible = !enhanced || index === step;
        const headingId = `step-${question.id}-heading`;
        const hintId = question.hint ? `step-${question.id}-hint` : undefined;
        const errorId = `step-${question.id}-error`;
        const showError = enhanced && index === step && error;
        return (
          <section key={question.id} hidden={!visible} aria-labelledby={headingId} className="mb-8" data-step={index + 1}>
            <h2
              id={headingId}
              ref={(node) => {
                headingRefs.current[index] = node;
              }}
              tabIndex={-1}
              className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300"
            >
              {enhanced ? `Step ${index + 1} of ${total}` : `Question ${index + 1} of ${total}`}
            </h2>
            <fieldset className="mt-2" aria-describedby={[hintId, showError ? errorId : undefined].filter(Boolean).join(' ') || undefined}>
              <legend className="text-xl font-semibold sm:text-2xl">{question.legend}</legend>
              {question.hint ? (
                <p id={hintId} className="mt-1 text-slate-700 dark:text-slate-300">
                  {question.hint}
                </p>
              ) : null}
              {showError ? (
                <p id={errorId} role="alert" className="mt-2 font-semibold text-red-700 dark:text-red-300">
                  {error}
                </p>
              ) : null}
              {question.kind === 'single' ? (
                <div className="mt-4 grid gap-2">
                  {question.options.map((option) => {
                    const id = `${question.id}-${option.value}`;
                    const checked = values[question.id as 'devices' | 'offline' | 'organize'] === option.value;
                    return (
                      <label
                        key={option.value}
                        htmlFor={id}
                        className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-slate-300 p-3 hover:border-brand-600 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 dark:border-slate-600 dark:has-[:checked]:border-brand-300 dark:has-[:checked]:bg-slate-800"
                      >
                        <input
                          id={id}
                          type="radio"
                          name={question.id}
                          value={option.value}
                          checked={checked}
                          required={question.required && !enhanced}
                          onChange={() => setSingle(question.id, option.value)}
                          className="mt-1 size-5 shrink-0 accent-brand-700"
                        />
                        <span>
                          <span className="font-medium">{option.label}</span>
                          {option.hint ? <span className="block text-sm text-slate-700 dark:text-slate-300">{option.hint}</span> : null}
                        </span>
                      </label>
                    );
                  })}
                </div>
              ) : (
                <div className="mt-4 grid gap-4 sm:grid-cols-2">
                  {clientGroups.map((group) => (
                    <fieldset key={group.id} className="rounded-lg border border-slate-300 p-3 dark:border-slate-600">
                      <legend className="px-1 font-semibold">{group.label}</legend>
                      <div className="grid gap-1">
                        {group.clients.map((client) => {
                          const id = `clients-${client.id}`;
                          return (
                            <label key={client.id} htmlFor={id} className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md p-2 hover:bg-slate-100 dark:hover:bg-slate-800">
                              <input
                                id={id}
                                type="checkbox"
                                name="clients"
                                value={client.id}
                                checked={values.clients.includes(client.id)}
                                onChange={(event) => toggleClient(client.id, event.target.checked)}
                                className="mt-1 size-5 shrink-0 accent-brand-700"
                              />
                              <span>
                                <span className="font-medium">{client.name}</span>
                                <span className="block text-sm text-slate-700 dark:text-slate-300">{client.platforms}</span>
                              </span>
                            </label>
                          );
                        })}
                      </div>
                    </fieldset>
                  ))}
                </div>
              )}
            </fieldset>
            {enhanced ? (
              <div className="mt-6 flex flex-wrap gap-3">
                {index > 0 ? (
                  <button type="button" onClick={() => go(index - 1)} className="min-h-11 rounded-md border border-slate-400 px-5 font-medium hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800">
                    Back
                  </button>
                ) : null}
                {index < total - 1 ? (
                  <button type="button" onClick={() => go(index + 1)} className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950">
                    Next
                  </button>
                ) : (
                  <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950">
                    Show my recommendation
                  </button>
                )}
              </div>
            ) : null}
          </section>
        );
      })}
      {!enhanced ? (
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950">
          Show my recommendation
        </button>
      ) : null}
    </form>
  );
}
